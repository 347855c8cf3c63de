"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "~/i18n/navigation";
import { runAction } from "~/server/action-result";
import type { ActionResult } from "~/server/action-state";
import { api } from "~/server/api";

/**
 * On success the page reloads with the outcome in its URL: the card or row that held the form
 * leaves the list, so a confirmation kept in the form's state would vanish with it.
 */
async function backToReview(query: Record<string, string>) {
  revalidatePath("/moderation/listings");
  redirect({ href: { pathname: "/moderation/listings", query }, locale: await getLocale() });
}

export async function reviewSuggestion(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const caller = await api();
  const suggestionId = String(form.get("suggestionId") ?? "");
  const accept = form.get("decision") === "accept";
  const result = await runAction(
    () =>
      accept
        ? caller.directory.acceptSuggestion({ suggestionId })
        : caller.directory.rejectSuggestion({ suggestionId, reason: String(form.get("reason") ?? "") }),
    "",
  );
  if (result.status === "success") await backToReview({ done: accept ? "accepted" : "rejected" });
  return result;
}

export async function verifyListing(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const caller = await api();
  const organizationId = String(form.get("organizationId") ?? "");
  const result = await runAction(() => caller.directory.verify({ organizationId }), "");
  if (result.status === "success") await backToReview({ done: "verified", organization: organizationId });
  return result;
}
