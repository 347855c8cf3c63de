import type { SignedInActor } from "@puente/auth/actor";
import { queryRows, type Database } from "@puente/db";
import type { StrategyFlagReason, StrategyPostStatus } from "@puente/db/schema";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { assertModerator, moderationScope, scopeCondition } from "./scope";

export const queueInput = z
  .object({ kind: z.enum(["all", "pending", "flagged", "hidden"]).default("all") })
  .default({ kind: "all" });

export interface QueueItem {
  postId: string;
  threadId: string;
  threadTitle: string;
  isOpening: boolean;
  body: string;
  status: StrategyPostStatus;
  hiddenReason: string | null;
  author: string | null;
  authorId: string | null;
  createdAt: Date;
  flags: Array<{ reason: StrategyFlagReason; note: string; at: string }>;
}

const kindFilter = {
  all: sql`(p.status IN ('pending_review', 'hidden') OR EXISTS (SELECT 1 FROM strategy_flags f WHERE f.post_id = p.id AND f.resolved_at IS NULL))`,
  pending: sql`p.status = 'pending_review'`,
  flagged: sql`EXISTS (SELECT 1 FROM strategy_flags f WHERE f.post_id = p.id AND f.resolved_at IS NULL)`,
  hidden: sql`p.status = 'hidden'`,
};

/**
 * What waits for a moderator in their scope: new members' posts pending review, hidden posts and
 * posts with open flags. Posts flagged as identifying a survivor come first, then oldest first.
 * Flaggers are not named: moderators judge the post, not who reported it.
 */
export async function reviewQueue(db: Database, actor: SignedInActor, input: z.infer<typeof queueInput>) {
  const scope = await moderationScope(db, actor);
  assertModerator(scope);
  const rows = await queryRows<Omit<QueueItem, "createdAt" | "flags"> & { createdAt: string; flags: QueueItem["flags"] | null }>(
    db,
    sql`SELECT p.id AS "postId", t.id AS "threadId", t.title AS "threadTitle", p.is_opening AS "isOpening",
               p.body, p.status::text AS status, p.hidden_reason AS "hiddenReason",
               coalesce(u.name, u.email) AS author, p.author_id AS "authorId", p.created_at::text AS "createdAt",
               (SELECT json_agg(json_build_object('reason', f.reason, 'note', f.note, 'at', f.created_at) ORDER BY f.created_at)
                  FROM strategy_flags f WHERE f.post_id = p.id AND f.resolved_at IS NULL) AS flags
        FROM strategy_posts p
        JOIN strategy_threads t ON t.id = p.thread_id
        LEFT JOIN users u ON u.id = p.author_id
        WHERE ${kindFilter[input.kind]} AND ${scopeCondition(scope)}
        ORDER BY EXISTS (SELECT 1 FROM strategy_flags f WHERE f.post_id = p.id AND f.resolved_at IS NULL
                         AND f.reason = 'identifies_survivor') DESC, p.created_at, p.id
        LIMIT 100`,
  );
  return rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt), flags: row.flags ?? [] }));
}
