"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "~/i18n/navigation";
import { runAction } from "~/server/action-result";
import type { ActionResult } from "~/server/action-state";
import { api } from "~/server/api";

/**
 * On success the page reloads with the outcome in its URL (as the listing review does): the
 * card that held the form may leave the queue, and its confirmation must not leave with it.
 */
async function backToQueue(done: string, attorney: string) {
  revalidatePath("/moderation/attorneys");
  redirect({ href: { pathname: "/moderation/attorneys", query: { done, attorney } }, locale: await getLocale() });
}

export async function decideOnBarAdmission(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const caller = await api();
  const admissionId = String(form.get("admissionId") ?? "");
  const attorney = String(form.get("attorneyId") ?? "");
  const verify = form.get("decision") === "verify";
  const result = await runAction(
    () => (verify ? caller.attorney.verifyBarAdmission({ admissionId }) : caller.attorney.rejectBarAdmission({ admissionId })),
    "",
  );
  if (result.status === "success") await backToQueue(verify ? "barVerified" : "barRejected", attorney);
  return result;
}

export async function decideOnApplication(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const caller = await api();
  const userId = String(form.get("attorneyId") ?? "");
  const approve = form.get("decision") === "approve";
  const result = await runAction(
    () => (approve ? caller.attorney.approve({ userId }) : caller.attorney.reject({ userId, reason: String(form.get("reason") ?? "") })),
    "",
  );
  if (result.status === "success") await backToQueue(approve ? "approved" : "rejected", userId);
  return result;
}
