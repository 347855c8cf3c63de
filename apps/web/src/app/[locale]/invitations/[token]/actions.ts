"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "~/i18n/navigation";
import { runAction } from "~/server/action-result";
import type { ActionResult } from "~/server/action-state";
import { api } from "~/server/api";

/**
 * Accepting lands on the organization page, which shows the welcome. Staying here does not work: the
 * revalidated invitation page re-renders as "already accepted" and replaces the form and its message.
 */
export async function acceptInvitation(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const caller = await api();
  let organizationId = "";
  const result = await runAction(async () => {
    const accepted = await caller.invitation.accept({ token: String(form.get("token") ?? "") });
    organizationId = accepted.organizationId;
  }, "");
  if (result.status !== "success") return result;
  revalidatePath("/", "layout");
  return redirect({ href: { pathname: "/organization", query: { joined: organizationId } }, locale: await getLocale() });
}
