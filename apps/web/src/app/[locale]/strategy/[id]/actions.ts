"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { runAction } from "~/server/action-result";
import type { ActionResult } from "~/server/action-state";
import { api } from "~/server/api";

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();

export async function sendReply(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const t = await getTranslations("strategy.thread");
  const threadId = text(form, "threadId");
  let status = "published";
  const result = await runAction(async () => {
    const reply = await (
      await api()
    ).strategy.reply({
      threadId,
      body: text(form, "body"),
      quotedPostId: text(form, "quotedPostId") || undefined,
    });
    status = reply.status;
  }, t("replied"));
  revalidatePath(`/strategy/${threadId}`);
  if (result.status === "success" && status !== "published")
    return { status: "success", message: t("replyPending") };
  return result;
}

export async function saveEdit(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const t = await getTranslations("strategy.thread");
  const result = await runAction(
    async () =>
      (await api()).strategy.edit({ postId: text(form, "postId"), body: text(form, "body") }),
    t("saved"),
  );
  revalidatePath(`/strategy/${text(form, "threadId")}`);
  return result;
}

/** A reaction button works without JavaScript: the form posts, the page re-renders with the count. */
export async function toggleReaction(form: FormData): Promise<void> {
  const kind = text(form, "kind") === "tried_too" ? "tried_too" : "helpful";
  await (
    await api()
  ).strategy.react({ postId: text(form, "postId"), kind, on: text(form, "on") === "1" });
  revalidatePath(`/strategy/${text(form, "threadId")}`);
}
