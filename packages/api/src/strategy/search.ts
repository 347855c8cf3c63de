import type { SignedInActor } from "@puente/auth/actor";
import { queryRows, type Executor } from "@puente/db";
import { sql } from "drizzle-orm";
import {
  filterConditions,
  filtersNote,
  threadSummaryColumns,
  threadSummaryJoins,
  toThreadSummary,
  type ThreadSummaryRow,
} from "./filters";
import type { SearchInput } from "./inputs";
import { ownPendingPost, threadVisible } from "./visibility";

/**
 * How many of the most recently active matching threads are ranked. A word as common as
 * "sheriff" matches thousands of threads; ranking all of them costs a read of every one, while
 * walking the activity index until this many match is cheap. Rare words match fewer and are all
 * ranked. (docs/architecture.md, "Strategy search".)
 */
export const SEARCH_CANDIDATES = 200;

/**
 * Full-text search over notes and replies in English and Spanish (a match in either language
 * counts, ranked by the better of the two), with every listing filter, and only threads the
 * reader may see: those conditions are in the statement, not applied afterwards. Thread documents
 * hold only published posts; the reader's own posts waiting for review match through their own
 * vectors (a short list read by author). The excerpt is the best-matching published post, or
 * the reader's own post waiting for review (and says so).
 */
export function searchSql(actor: SignedInActor, input: SearchInput) {
  // The queries are written out where they are used, not read from a CTE: folded to constants at
  // planning, they let the planner see how common the words are and walk the activity index for a
  // common word instead of ranking every match (docs/architecture.md, "Strategy search").
  const en = sql`websearch_to_tsquery('english', ${input.q})`;
  const es = sql`websearch_to_tsquery('spanish', puente_fold(${input.q}))`;
  const matches = (v: string) =>
    sql`(${sql.raw(v)}.search_en @@ ${en} OR ${sql.raw(v)}.search_es @@ ${es})`;
  const rankOf = (v: string) =>
    sql`greatest(ts_rank(${sql.raw(v)}.search_en, ${en}), ts_rank(${sql.raw(v)}.search_es, ${es}))`;
  const readable = sql.join([threadVisible(actor), ...filterConditions(input)], sql` AND `);
  // The excerpt comes from what search matches, published text and the reader's own pending
  // posts, never from the reader's own hidden or rejected post (readable in the thread, with the
  // moderator's reason, but it would show unmarked here).
  const excerptable = sql`(p.status = 'published' OR ${ownPendingPost(actor)})`;
  // Ranked after choosing, so only the chosen threads' documents are read for it: ranking every
  // match first read thousands of them ("radio comunitaria" in Spanish: 3,427 threads, ~35 ms).
  // The note joins only when a note field is filtered.
  const withNote = filtersNote(input) ? sql`JOIN strategy_notes n ON n.thread_id = t.id` : sql``;
  const recent = sql`ORDER BY s.last_activity_at DESC NULLS LAST, s.thread_id LIMIT ${SEARCH_CANDIDATES}`;
  return sql`
    WITH published AS (
      SELECT x.thread_id, x.last_activity_at, ${rankOf("s")} AS rank
      FROM (
        SELECT s.thread_id, s.last_activity_at
        FROM strategy_thread_search s
        JOIN strategy_threads t ON t.id = s.thread_id ${withNote}
        WHERE ${matches("s")} AND ${readable}
        ${recent}
      ) x JOIN strategy_thread_search s ON s.thread_id = x.thread_id
    ),
    own_pending AS (
      SELECT s.thread_id, s.last_activity_at, mine.rank
      FROM (
        SELECT p.thread_id, max(${rankOf("p")}) AS rank FROM strategy_posts p
        WHERE ${ownPendingPost(actor)} AND ${matches("p")}
        GROUP BY p.thread_id
      ) mine
      JOIN strategy_thread_search s ON s.thread_id = mine.thread_id
      JOIN strategy_threads t ON t.id = s.thread_id ${withNote}
      WHERE ${readable}
      ${recent}
    ),
    candidates AS (
      SELECT s.thread_id, max(s.rank) AS rank FROM (
        SELECT * FROM published UNION ALL SELECT * FROM own_pending
      ) s
      GROUP BY s.thread_id, s.last_activity_at
      ${recent}
    ),
    page AS (
      SELECT * FROM candidates ORDER BY rank DESC, thread_id LIMIT ${input.limit + 1} OFFSET ${input.offset}
    )
    SELECT ${threadSummaryColumns},
      coalesce(hit.id, opening.id)::text AS "postId", coalesce(hit.is_opening, true) AS "isOpening",
      coalesce(hit.status, opening.status) = 'pending_review' AS pending,
      left(coalesce(hit.body, opening.body, ''), 280) AS excerpt, page.rank::float8 AS rank
    FROM page JOIN strategy_threads t ON t.id = page.thread_id ${threadSummaryJoins}
    LEFT JOIN LATERAL (
      SELECT p.id, p.is_opening, p.body, p.status FROM strategy_posts p
      WHERE p.thread_id = t.id AND ${excerptable} AND ${matches("p")}
      ORDER BY ${rankOf("p")} DESC, p.created_at
      LIMIT 1
    ) hit ON true
    LEFT JOIN LATERAL (
      SELECT p.id, p.body, p.status FROM strategy_posts p
      WHERE p.thread_id = t.id AND p.is_opening AND ${excerptable}
    ) opening ON true
    ORDER BY page.rank DESC, t.id`;
}

export async function searchThreads(db: Executor, actor: SignedInActor, input: SearchInput) {
  const rows = await queryRows<
    ThreadSummaryRow & {
      postId: string | null;
      isOpening: boolean;
      pending: boolean | null;
      excerpt: string;
      rank: number;
    }
  >(db, searchSql(actor, input));
  const page = rows.slice(0, input.limit);
  return {
    hits: page.map(({ postId, isOpening, pending, excerpt, rank, ...row }) => ({
      thread: toThreadSummary(row),
      postId,
      isOpening,
      /** The excerpt's post is the reader's own, waiting for review. */
      pending: pending === true,
      excerpt,
      rank,
    })),
    nextOffset:
      rows.length > input.limit && input.offset + input.limit < SEARCH_CANDIDATES
        ? input.offset + input.limit
        : null,
  };
}
