import { Alert } from "@puente/ui";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { api } from "~/server/api";

/**
 * The confirmation after a decision, read from the URL. The organization is looked up by id, so a
 * crafted link cannot make the page announce arbitrary text.
 */
export async function ReviewOutcome({ done, organizationId }: { done?: string; organizationId?: string }) {
  const t = await getTranslations("directory.review");
  if (done === "accepted") return <Alert tone="success">{t("accepted")}</Alert>;
  if (done === "rejected") return <Alert tone="success">{t("rejected")}</Alert>;
  if (done === "verified" && organizationId && z.uuid().safeParse(organizationId).success) {
    const listing = await (await api()).directory.byId({ organizationId }).catch(() => null);
    if (listing) return <Alert tone="success">{t("verified", { name: listing.organization.name })}</Alert>;
  }
  return null;
}
