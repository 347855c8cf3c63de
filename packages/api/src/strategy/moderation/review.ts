import type { SignedInActor } from "@puente/auth/actor";
import type { Database } from "@puente/db";
import {
  strategyFlags,
  type StrategyModerationAction,
  type StrategyNotificationKind,
  type StrategyPostStatus,
} from "@puente/db/schema";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { PuenteError } from "../../errors";
import { announcePost } from "../conversation/announce";
import { logModeration } from "./log";
import { lockPost, notifyAuthor, setPostStatus } from "./post-status";
import { assertThreadInScope, moderationScope } from "./scope";

export const reviewDecisions = ["approve", "reject", "hide", "restore", "keep"] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

export const reason = z.string().trim().max(1000, { error: "errors.validation.tooLong" });

export const reviewInput = z
  .object({
    postId: z.uuid(),
    decision: z.enum(reviewDecisions, { error: "errors.validation.choice" }),
    /** Shown to the author; required where their post disappears (reject, hide). */
    reason: reason.default(""),
  })
  .refine((r) => (r.decision !== "reject" && r.decision !== "hide") || r.reason.length > 0, {
    error: "strategyModeration.errors.reasonRequired",
    path: ["reason"],
  });

const rules: Record<
  ReviewDecision,
  { from: StrategyPostStatus[]; to: StrategyPostStatus; notify: StrategyNotificationKind | null; logAs: StrategyModerationAction }
> = {
  approve: { from: ["pending_review"], to: "published", notify: "post_approved", logAs: "approve" },
  reject: { from: ["pending_review", "hidden"], to: "rejected", notify: "post_rejected", logAs: "reject" },
  hide: { from: ["published", "pending_review"], to: "hidden", notify: "post_hidden", logAs: "hide" },
  restore: { from: ["hidden", "rejected"], to: "published", notify: "post_restored", logAs: "restore" },
  // A flagged post the moderator leaves up: its flags are resolved, the author is not disturbed.
  keep: { from: ["published"], to: "published", notify: null, logAs: "approve" },
};

/**
 * A moderator's decision on a post in their scope. The new status, the reason the author reads,
 * the open flags marked resolved, the log and audit rows and the author's notification commit
 * in one transaction.
 */
export async function reviewPost(db: Database, actor: SignedInActor, input: z.infer<typeof reviewInput>) {
  const rule = rules[input.decision];
  return db.transaction(async (tx) => {
    const post = await lockPost(tx, input.postId);
    assertThreadInScope(await moderationScope(tx, actor), post);
    if (!rule.from.includes(post.status)) {
      throw new PuenteError("CONFLICT", "strategyModeration.errors.wrongStatus", { status: post.status });
    }
    await setPostStatus(tx, post, rule.to, rule.to === "published" ? null : input.reason);
    // An approved post reaches its readers now: mentions, the thread's author, followers.
    if (input.decision === "approve") await announcePost(tx, post.id);
    await tx
      .update(strategyFlags)
      .set({ resolvedAt: new Date(), resolvedById: actor.userId })
      .where(and(eq(strategyFlags.postId, post.id), isNull(strategyFlags.resolvedAt)));
    await logModeration(tx, {
      moderatorId: actor.userId,
      action: rule.logAs,
      targetKind: "post",
      targetId: post.id,
      reason: input.reason,
      details: { decision: input.decision, from: post.status, to: rule.to },
    });
    if (rule.notify) {
      await notifyAuthor(tx, { authorId: post.authorId, threadId: post.threadId, postId: post.id }, rule.notify, actor.userId);
    }
    return { id: post.id, threadId: post.threadId, status: rule.to };
  });
}
