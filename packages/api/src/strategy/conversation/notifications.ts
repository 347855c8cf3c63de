import type { SignedInActor } from "@puente/auth/actor";
import { queryRows, type Database } from "@puente/db";
import type { MemberSanctionKind, StrategyNotificationKind } from "@puente/db/schema";
import { plainExcerpt } from "@puente/markdown";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { postOpenable, threadOpenable } from "../visibility";

export const listNotificationsInput = z
  .object({ unreadOnly: z.boolean().default(false), limit: z.number().int().min(1).max(100).default(50) })
  .default({ unreadOnly: false, limit: 50 });
export const markReadInput = z.object({ ids: z.array(z.uuid()).max(100).optional() });

/** Kinds about a moderator's decision: the moderator stays unnamed. */
const moderatorKinds = new Set<StrategyNotificationKind>([
  "post_approved",
  "post_rejected",
  "post_hidden",
  "post_restored",
  "thread_moved",
  "thread_merged",
  "sanction",
]);

/**
 * Notifications the member may still read: one about a thread or post they can no longer open (a
 * post hidden since, a group they left) is left out of the list and the count.
 */
const readable = (actor: SignedInActor) =>
  sql`n.user_id = ${actor.userId} AND (t.id IS NULL OR ${threadOpenable(actor)}) AND (p.id IS NULL OR ${postOpenable(actor)})`;

const fromNotifications = sql`FROM strategy_notifications n
  LEFT JOIN strategy_threads t ON t.id = n.thread_id
  LEFT JOIN strategy_posts p ON p.id = n.post_id`;

export async function listNotifications(db: Database, actor: SignedInActor, input: z.infer<typeof listNotificationsInput>) {
  const rows = await queryRows<{
    id: string;
    kind: StrategyNotificationKind;
    threadId: string | null;
    threadTitle: string | null;
    postId: string | null;
    body: string | null;
    hiddenReason: string | null;
    actorName: string | null;
    sanctionKind: MemberSanctionKind | null;
    sanctionReason: string | null;
    sanctionUntil: string | null;
    read: boolean;
    createdAt: string;
  }>(
    db,
    sql`SELECT n.id, n.kind::text AS kind, n.thread_id AS "threadId", t.title AS "threadTitle", n.post_id AS "postId",
               p.body, CASE WHEN p.author_id = ${actor.userId} THEN p.hidden_reason END AS "hiddenReason",
               coalesce(a.name, 'Puente') AS "actorName",
               s.kind::text AS "sanctionKind", s.reason AS "sanctionReason", s.until::text AS "sanctionUntil",
               n.read_at IS NOT NULL AS read, n.created_at::text AS "createdAt"
        ${fromNotifications}
        LEFT JOIN users a ON a.id = n.actor_id
        LEFT JOIN LATERAL (
          SELECT ms.kind, ms.reason, ms.until FROM member_sanctions ms
          WHERE n.kind = 'sanction' AND ms.user_id = n.user_id AND ms.created_at <= n.created_at
          ORDER BY ms.created_at DESC LIMIT 1) s ON true
        WHERE ${readable(actor)} ${input.unreadOnly ? sql`AND n.read_at IS NULL` : sql``}
        ORDER BY n.created_at DESC, n.id
        LIMIT ${input.limit}`,
  );
  return rows.map(({ body, actorName, sanctionUntil, createdAt, ...row }) => ({
    ...row,
    actorName: moderatorKinds.has(row.kind) ? null : actorName,
    excerpt: body ? plainExcerpt(body, 140) : null,
    sanctionUntil: sanctionUntil ? new Date(sanctionUntil) : null,
    createdAt: new Date(createdAt),
  }));
}

export async function unreadCount(db: Database, actor: SignedInActor) {
  const [row] = await queryRows<{ unread: number }>(
    db,
    sql`SELECT count(*)::int AS unread ${fromNotifications} WHERE ${readable(actor)} AND n.read_at IS NULL`,
  );
  return { unread: row?.unread ?? 0 };
}

/** Marks the given notifications (or all of them) read; only the member's own. */
export async function markRead(db: Database, actor: SignedInActor, input: z.infer<typeof markReadInput>) {
  const ids = input.ids;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`UPDATE strategy_notifications SET read_at = now()
        WHERE user_id = ${actor.userId} AND read_at IS NULL
          ${ids ? (ids.length ? sql`AND id IN (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})` : sql`AND false`) : sql``}
        RETURNING id`,
  );
  return { marked: rows.length };
}
