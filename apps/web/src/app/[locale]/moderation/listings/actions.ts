"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { runAction } from "~/server/action-result";
import type { ActionResult } from "~/server/action-state";
import { api } from "~/server/api";

export async function reviewSuggestion(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const t = await getTranslations("directory.review");
  const caller = await api();
  const suggestionId = String(form.get("suggestionId") ?? "");
  const accept = form.get("decision") === "accept";
  const result = await runAction(
    () =>
      accept
        ? caller.directory.acceptSuggestion({ suggestionId })
        : caller.directory.rejectSuggestion({ suggestionId, reason: String(form.get("reason") ?? "") }),
    accept ? t("accepted") : t("rejected"),
  );
  revalidatePath("/moderation/listings");
  return result;
}

export async function verifyListing(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const t = await getTranslations("directory.review");
  const caller = await api();
  const result = await runAction(
    () => caller.directory.verify({ organizationId: String(form.get("organizationId") ?? "") }),
    t("verified", { name: String(form.get("name") ?? "") }),
  );
  revalidatePath("/moderation/listings");
  return result;
}
