import { isSignedIn } from "@puente/auth/actor";
import { Alert } from "@puente/ui";
import { getTranslations } from "next-intl/server";
import { getActor } from "~/server/actor";

/** Tells a pending or suspended person why they see only public pages. */
export async function AccountBanner() {
  const actor = await getActor();
  if (!isSignedIn(actor) || actor.state === "active") return null;
  const t = await getTranslations("common.banner");
  return <Alert tone="warning">{t(actor.state)}</Alert>;
}
