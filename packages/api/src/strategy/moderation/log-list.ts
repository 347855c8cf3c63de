import type { SignedInActor } from "@puente/auth/actor";
import { queryRows, type Database } from "@puente/db";
import type { StrategyModerationAction, StrategyModerationTarget } from "@puente/db/schema";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { assertModerator, moderationScope, scopeCondition, uuidList } from "./scope";

export const logInput = z
  .object({ before: z.iso.datetime({ offset: true }).optional(), limit: z.number().int().min(1).max(200).default(50) })
  .default({ limit: 50 });

export interface LogEntry {
  id: string;
  /** Null when Puente acted by itself (flags hid a post). */
  moderator: string | null;
  action: StrategyModerationAction;
  targetKind: StrategyModerationTarget;
  /** Null for a setting. */
  targetId: string | null;
  /** The thread the post or thread belongs to, for a link. */
  threadId: string | null;
  threadTitle: string | null;
  /** The group or topic a membership or moderator change was about. */
  groupName: string | null;
  categoryName: string | null;
  categoryNameEs: string | null;
  /** The member a sanction, or a group or topic change, was about. */
  member: string | null;
  reason: string;
  /** What the words need beyond the action (a setting's old and new value). */
  details: Record<string, unknown>;
  at: Date;
}

/**
 * The moderation log (who, what, why, when), newest first. National moderators read all of it;
 * a category or group moderator reads what happened to posts and threads in their scope, to the
 * membership and moderators of their groups and topics, and their own actions.
 */
export async function moderationLog(db: Database, actor: SignedInActor, input: z.infer<typeof logInput>) {
  const scope = await moderationScope(db, actor);
  assertModerator(scope);
  const rows = await queryRows<Omit<LogEntry, "at"> & { at: string }>(
    db,
    sql`SELECT l.id, coalesce(m.name, m.email) AS moderator, l.action::text AS action,
               l.target_kind::text AS "targetKind", l.target_id AS "targetId",
               t.id AS "threadId", t.title AS "threadTitle", g.name AS "groupName",
               c.name AS "categoryName", c.name_es AS "categoryNameEs",
               coalesce(s.name, s.email) AS member, l.reason, l.details, l.at::text AS at
        FROM strategy_moderation_log l
        LEFT JOIN users m ON m.id = l.moderator_id
        LEFT JOIN strategy_posts p ON l.target_kind = 'post' AND p.id = l.target_id
        LEFT JOIN strategy_threads t ON t.id = CASE WHEN l.target_kind = 'thread' THEN l.target_id ELSE p.thread_id END
        LEFT JOIN strategy_groups g ON l.target_kind = 'group' AND g.id = l.target_id
        LEFT JOIN strategy_categories c ON l.target_kind = 'category' AND c.id = l.target_id
        LEFT JOIN users s ON s.id = CASE WHEN l.target_kind = 'user' THEN l.target_id ELSE l.subject_user_id END
        WHERE (${scope.national} OR l.moderator_id = ${actor.userId}
               OR (t.id IS NOT NULL AND ${scopeCondition(scope)})
               OR (g.id IS NOT NULL AND g.id IN (${uuidList(scope.groupIds)}))
               OR (c.id IS NOT NULL AND c.id IN (${uuidList(scope.categoryIds)})))
          ${input.before ? sql`AND l.at < ${input.before}::timestamptz` : sql``}
        ORDER BY l.at DESC, l.id DESC
        LIMIT ${input.limit}`,
  );
  return rows.map((row) => ({ ...row, at: new Date(row.at) }));
}
