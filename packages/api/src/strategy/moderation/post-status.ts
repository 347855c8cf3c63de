import { queryRows, type Executor } from "@puente/db";
import {
  strategyNotifications,
  strategyPosts,
  strategyThreads,
  type StrategyNotificationKind,
  type StrategyPostStatus,
} from "@puente/db/schema";
import { eq, sql } from "drizzle-orm";
import { notFound } from "../../errors";
import { refreshThreadActivity } from "../posting-rules";

/** A post with what moderation needs of its thread, locked for the rest of the transaction. */
export interface ModeratedPost {
  id: string;
  threadId: string;
  authorId: string | null;
  isOpening: boolean;
  status: StrategyPostStatus;
  categoryId: string;
  groupId: string | null;
  visibility: "network" | "group";
}

export async function lockPost(tx: Executor, postId: string): Promise<ModeratedPost> {
  const [post] = await queryRows<ModeratedPost>(
    tx,
    sql`SELECT p.id, p.thread_id AS "threadId", p.author_id AS "authorId", p.is_opening AS "isOpening",
               p.status::text AS status, t.category_id AS "categoryId", t.group_id AS "groupId",
               t.visibility::text AS visibility
        FROM strategy_posts p JOIN strategy_threads t ON t.id = p.thread_id
        WHERE p.id = ${postId}
        FOR UPDATE OF p`,
  );
  if (!post) throw notFound();
  return post;
}

/**
 * Moves a post to a new status with the reason its author reads. An opening post carries its
 * thread along (a hidden note hides the thread from listings); reply counts are recounted.
 */
export async function setPostStatus(
  tx: Executor,
  post: ModeratedPost,
  status: StrategyPostStatus,
  hiddenReason: string | null,
) {
  await tx.update(strategyPosts).set({ status, hiddenReason }).where(eq(strategyPosts.id, post.id));
  if (post.isOpening) {
    await tx.update(strategyThreads).set({ status, updatedAt: new Date() }).where(eq(strategyThreads.id, post.threadId));
  }
  await refreshThreadActivity(tx, post.threadId);
}

/** Tells a post's or thread's author what a moderator did (never the moderator themself). */
export async function notifyAuthor(
  tx: Executor,
  target: { authorId: string | null; threadId: string; postId?: string },
  kind: StrategyNotificationKind,
  actorId: string | null,
) {
  if (!target.authorId || target.authorId === actorId) return;
  await tx
    .insert(strategyNotifications)
    .values({ userId: target.authorId, kind, threadId: target.threadId, postId: target.postId ?? null, actorId });
}
