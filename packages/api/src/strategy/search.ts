import type { SignedInActor } from "@puente/auth/actor";
import { queryRows, type Executor } from "@puente/db";
import { sql } from "drizzle-orm";
import {
  filterConditions,
  threadSummaryColumns,
  threadSummaryJoins,
  toThreadSummary,
  type ThreadSummaryRow,
} from "./filters";
import type { SearchInput } from "./inputs";
import { postVisible, threadVisible } from "./visibility";

/**
 * Full-text search over notes and replies in English and Spanish (a match in either language
 * counts, ranked by the better of the two), with every listing filter, and only the posts and
 * threads the reader may see: those conditions are in the statement, not applied afterwards.
 * One hit per thread: its best-ranked visible post.
 */
export function searchSql(actor: SignedInActor, input: SearchInput) {
  const where = [
    sql`(p.search_en @@ q.en OR p.search_es @@ q.es)`,
    postVisible(actor),
    threadVisible(actor),
    ...filterConditions(input),
  ];
  return sql`
    WITH q AS (
      SELECT websearch_to_tsquery('english', ${input.q}) AS en,
             websearch_to_tsquery('spanish', puente_fold(${input.q})) AS es
    ),
    hits AS (
      SELECT DISTINCT ON (p.thread_id) p.thread_id, p.id AS post_id, p.is_opening, p.body,
        greatest(ts_rank(p.search_en, q.en), ts_rank(p.search_es, q.es)) AS rank
      FROM q, strategy_posts p
      JOIN strategy_threads t ON t.id = p.thread_id
      JOIN strategy_notes n ON n.thread_id = t.id
      WHERE ${sql.join(where, sql` AND `)}
      ORDER BY p.thread_id, rank DESC, p.created_at
    ),
    page AS (
      SELECT * FROM hits ORDER BY rank DESC, thread_id LIMIT ${input.limit + 1} OFFSET ${input.offset}
    )
    SELECT ${threadSummaryColumns},
      page.post_id::text AS "postId", page.is_opening AS "isOpening", left(page.body, 280) AS excerpt,
      page.rank::float8 AS rank
    FROM page JOIN strategy_threads t ON t.id = page.thread_id ${threadSummaryJoins}
    ORDER BY page.rank DESC, t.id`;
}

export async function searchThreads(db: Executor, actor: SignedInActor, input: SearchInput) {
  const rows = await queryRows<
    ThreadSummaryRow & { postId: string; isOpening: boolean; excerpt: string; rank: number }
  >(db, searchSql(actor, input));
  const page = rows.slice(0, input.limit);
  return {
    hits: page.map(({ postId, isOpening, excerpt, rank, ...row }) => ({
      thread: toThreadSummary(row),
      postId,
      isOpening,
      excerpt,
      rank,
    })),
    nextOffset: rows.length > input.limit ? input.offset + input.limit : null,
  };
}
