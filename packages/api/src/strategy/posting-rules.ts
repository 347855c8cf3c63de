import type { SignedInActor } from "@puente/auth/actor";
import { queryRows, type Executor } from "@puente/db";
import type { StrategyPostStatus } from "@puente/db/schema";
import { refreshThreadSearch } from "@puente/db/strategy";
import { sql } from "drizzle-orm";
import { PuenteError } from "../errors";
import { isPlatformModerator } from "./visibility";

/**
 * The review rule in one place (the moderation queue uses it too): a member's posts wait for a
 * moderator until one of their posts has been published; moderators' posts never wait.
 */
export async function initialPostStatus(
  db: Executor,
  actor: SignedInActor,
): Promise<StrategyPostStatus> {
  if (isPlatformModerator(actor)) return "published";
  return (await hasPublishedPost(db, actor.userId)) ? "published" : "pending_review";
}

/** A member is "new" until their first post is published. */
export async function hasPublishedPost(db: Executor, userId: string): Promise<boolean> {
  const rows = await queryRows<{ one: number }>(
    db,
    sql`SELECT 1::int AS one FROM strategy_posts WHERE author_id = ${userId} AND status = 'published' LIMIT 1`,
  );
  return rows.length > 0;
}

/** Refuses a member who is silenced or suspended (member_sanctions) from writing. */
export async function assertMayPost(db: Executor, actor: SignedInActor): Promise<void> {
  const rows = await queryRows<{ kind: string }>(
    db,
    sql`SELECT kind::text FROM member_sanctions
        WHERE user_id = ${actor.userId} AND kind IN ('silence', 'suspend') AND lifted_at IS NULL
          AND (until IS NULL OR until > now())
        LIMIT 1`,
  );
  if (rows.length > 0) throw new PuenteError("FORBIDDEN", "strategy.errors.silenced");
}

/**
 * Recounts a thread's published replies and its last activity from its posts, and rebuilds its
 * search document; call in the same transaction as any change of a post's status or text
 * (publish, hide, restore, reject, edit), so hidden text stops matching searches at once.
 */
export async function refreshThreadActivity(db: Executor, threadId: string): Promise<void> {
  await db.execute(sql`
    UPDATE strategy_threads t SET
      reply_count = s.replies,
      last_activity_at = greatest(t.created_at, coalesce(s.latest, t.created_at))
    FROM (
      SELECT count(*) FILTER (WHERE NOT is_opening)::int AS replies, max(created_at) AS latest
      FROM strategy_posts WHERE thread_id = ${threadId} AND status = 'published'
    ) s
    WHERE t.id = ${threadId}`);
  await refreshThreadSearch(db, sql`t.id = ${threadId}`);
}
