"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { runAction } from "~/server/action-result";
import type { ActionResult } from "~/server/action-state";
import { api } from "~/server/api";

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();
const flagReasons = ["identifies_survivor", "off_topic", "harmful", "spam", "other"] as const;

/**
 * A member's flag on a post. The page is not refreshed here: a post the flag hid would vanish with
 * the confirmation inside it; it is gone on the next visit.
 */
export async function flagPostAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const t = await getTranslations("strategyModeration.flag");
  const reason = flagReasons.find((r) => r === text(form, "reason"));
  let outcome = { counted: false, hidden: false };
  const result = await runAction(async () => {
    outcome = await (await api()).strategy.moderation.flag({
      postId: text(form, "postId"),
      // A missing choice goes through as an invalid value, so the refusal names the field.
      reason: reason ?? ("" as "spam"),
      note: text(form, "note"),
    });
  }, "");
  if (result.status !== "success") return result;
  return { status: "success", message: outcome.hidden ? t("sentHidden") : outcome.counted ? t("sent") : t("already") };
}

export async function followAction(form: FormData): Promise<void> {
  const caller = await api();
  const threadId = text(form, "threadId");
  const on = text(form, "on") === "1";
  const input =
    text(form, "target") === "category"
      ? ({ target: "category", categoryId: text(form, "categoryId") } as const)
      : ({ target: "thread", threadId } as const);
  await (on ? caller.strategy.conversation.follow(input) : caller.strategy.conversation.unfollow(input));
  revalidatePath(`/strategy/${threadId}`);
}

export async function threadModerationAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const t = await getTranslations("strategyModeration.threadModeration");
  const caller = await api();
  const threadId = text(form, "threadId");
  const reason = text(form, "reason");
  const action = text(form, "action");
  const into = text(form, "intoThread").split("/").filter(Boolean).pop() ?? "";
  const result = await runAction(async () => {
    if (action === "lock" || action === "unlock") await caller.strategy.moderation.lock({ threadId, on: action === "lock", reason });
    else if (action === "pin" || action === "unpin") await caller.strategy.moderation.pin({ threadId, on: action === "pin", reason });
    else if (action === "move") await caller.strategy.moderation.move({ threadId, categoryId: text(form, "categoryId"), reason });
    else await caller.strategy.moderation.merge({ threadId, intoThreadId: into, reason });
  }, t("done"));
  revalidatePath(`/strategy/${threadId}`);
  return result;
}
