import type { SignedInActor } from "@puente/auth/actor";
import { queryRows, type Executor } from "@puente/db";
import { sql } from "drizzle-orm";
import { notFound } from "../errors";
import {
  threadSummaryColumns,
  threadSummaryJoins,
  toThreadSummary,
  type ThreadSummaryRow,
} from "./filters";
import { groupRole } from "./groups-access";
import { postOpenable, threadOpenable } from "./visibility";

interface PostRow {
  id: string;
  authorId: string | null;
  authorName: string | null;
  isOpening: boolean;
  body: string;
  status: string;
  hiddenReason: string | null;
  editedAt: Date | string | null;
  createdAt: Date | string;
  revisions: number;
  helpful: number;
  triedToo: number;
  myReactions: string[];
  quotedPostId: string | null;
  quotedAuthorName: string | null;
  quotedBody: string | null;
}

/**
 * A thread with its note, tags and the posts the reader may read, oldest first. A quoted post is
 * shown only if the reader may read it too (otherwise the reply keeps its words and loses the quote).
 */
export async function getThread(db: Executor, actor: SignedInActor, threadId: string) {
  const [row] = await queryRows<
    ThreadSummaryRow & { lessons: string; mergedIntoId: string | null }
  >(
    db,
    sql`SELECT ${threadSummaryColumns}, n.lessons, t.merged_into_id::text AS "mergedIntoId"
        FROM strategy_threads t ${threadSummaryJoins}
        WHERE t.id = ${threadId} AND ${threadOpenable(actor)}`,
  );
  if (!row) throw notFound();
  const quotedVisible = sql`(q.status = 'published' OR q.author_id = ${actor.userId})`;
  const posts = await queryRows<PostRow>(
    db,
    sql`SELECT p.id::text AS id, p.author_id::text AS "authorId", u.name AS "authorName", p.is_opening AS "isOpening",
          p.body, p.status::text AS status, p.hidden_reason AS "hiddenReason", p.edited_at AS "editedAt",
          p.created_at AS "createdAt",
          (SELECT count(*)::int FROM strategy_post_revisions r WHERE r.post_id = p.id) AS revisions,
          (SELECT count(*)::int FROM strategy_reactions x WHERE x.post_id = p.id AND x.kind = 'helpful') AS helpful,
          (SELECT count(*)::int FROM strategy_reactions x WHERE x.post_id = p.id AND x.kind = 'tried_too') AS "triedToo",
          ARRAY(SELECT x.kind::text FROM strategy_reactions x WHERE x.post_id = p.id AND x.user_id = ${actor.userId}) AS "myReactions",
          CASE WHEN ${quotedVisible} THEN q.id::text END AS "quotedPostId",
          CASE WHEN ${quotedVisible} THEN qu.name END AS "quotedAuthorName",
          CASE WHEN ${quotedVisible} THEN left(q.body, 500) END AS "quotedBody"
        FROM strategy_posts p
        LEFT JOIN users u ON u.id = p.author_id
        LEFT JOIN strategy_posts q ON q.id = p.quoted_post_id
        LEFT JOIN users qu ON qu.id = q.author_id
        WHERE p.thread_id = ${threadId} AND ${postOpenable(actor)}
        ORDER BY p.is_opening DESC, p.created_at, p.id`,
  );
  const { lessons, mergedIntoId, ...summary } = row;
  const canModerateGroup = row.groupId
    ? (await groupRole(db, actor, row.groupId)).moderator
    : false;
  return {
    thread: { ...toThreadSummary(summary), lessons, mergedIntoId },
    posts: posts.map((p) => ({
      ...p,
      editedAt: p.editedAt ? new Date(p.editedAt) : null,
      createdAt: new Date(p.createdAt),
      mine: p.authorId === actor.userId,
    })),
    canReply: row.status === "published" && !row.locked && mergedIntoId === null,
    canModerateGroup,
  };
}
export type ThreadView = Awaited<ReturnType<typeof getThread>>;
