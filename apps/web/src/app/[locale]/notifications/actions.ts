"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "~/i18n/navigation";
import { runAction } from "~/server/action-result";
import type { ActionResult } from "~/server/action-state";
import { api } from "~/server/api";

async function back(done: string) {
  revalidatePath("/notifications");
  redirect({ href: { pathname: "/notifications", query: { done } }, locale: await getLocale() });
}

export async function markAllRead(): Promise<void> {
  await (await api()).strategy.conversation.markRead({});
  await back("read");
}

export async function saveDigest(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const digest = String(form.get("digest") ?? "none") as "none" | "daily" | "weekly";
  const result = await runAction(() => api().then((c) => c.strategy.conversation.setDigest({ digest })), "");
  if (result.status === "success") await back("digest");
  return result;
}

export async function unfollowAction(form: FormData): Promise<void> {
  const caller = await api();
  const target = String(form.get("target") ?? "");
  if (target === "thread") await caller.strategy.conversation.unfollow({ target, threadId: String(form.get("threadId")) });
  if (target === "category") await caller.strategy.conversation.unfollow({ target, categoryId: String(form.get("categoryId")) });
  if (target === "jurisdiction") {
    const countyFips = form.get("countyFips");
    await caller.strategy.conversation.unfollow({
      target,
      jurisdiction: { state: String(form.get("state")), countyFips: countyFips ? String(countyFips) : undefined },
    });
  }
  await back("unfollowed");
}

export async function followStateAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const state = String(form.get("state") ?? "");
  const result = await runAction(
    () => api().then((c) => c.strategy.conversation.follow({ target: "jurisdiction", jurisdiction: { state } })),
    "",
  );
  if (result.status === "success") await back("followed");
  return result;
}
