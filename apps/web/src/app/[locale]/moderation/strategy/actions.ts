"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "~/i18n/navigation";
import { runAction } from "~/server/action-result";
import type { ActionResult } from "~/server/action-state";
import { api } from "~/server/api";

const decisions = ["approve", "reject", "hide", "restore", "keep"] as const;
type Decision = (typeof decisions)[number];

/** After a decision the queue reloads with the outcome in its URL (the card leaves the list). */
async function backToQueue(done: string, kind: string) {
  revalidatePath("/moderation/strategy");
  redirect({ href: { pathname: "/moderation/strategy", query: { done, kind } }, locale: await getLocale() });
}

export async function reviewPostAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const caller = await api();
  const decision = String(form.get("decision") ?? "") as Decision;
  const kind = String(form.get("kind") ?? "all");
  const result = await runAction(
    () =>
      caller.strategy.moderation.review({
        postId: String(form.get("postId") ?? ""),
        decision: decisions.includes(decision) ? decision : "approve",
        reason: String(form.get("reason") ?? ""),
      }),
    "",
  );
  if (result.status === "success") await backToQueue(decision, kind);
  return result;
}

export async function sanctionAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const caller = await api();
  const kind = String(form.get("sanction") ?? "warn") as "warn" | "silence" | "suspend";
  const days = Number(form.get("days") ?? "");
  const result = await runAction(
    () =>
      caller.strategy.moderation.sanction({
        userId: String(form.get("userId") ?? ""),
        kind,
        days: kind === "silence" && Number.isFinite(days) && days > 0 ? days : undefined,
        reason: String(form.get("reason") ?? ""),
      }),
    "",
  );
  if (result.status === "success") await backToQueue("sanction", String(form.get("kind") ?? "all"));
  return result;
}
