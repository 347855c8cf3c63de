import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "../client";

/**
 * Rewrites the English and Spanish search vectors of the posts `where` selects (an SQL condition
 * on `p`). An opening post's vectors also carry its thread's title (weight A) and note (weight B),
 * so searching "sheriff" finds notes by what was tried and learned. Spanish is accent-folded on
 * both sides (documents here, queries in the search) so "educacion" finds "educación".
 */
export async function refreshPostSearch(db: Executor, where: SQL) {
  const noteText = sql`concat_ws(' ', n.what_tried, n.with_whom_detail, n.lessons)`;
  await db.execute(sql`
    UPDATE strategy_posts p SET
      search_en =
        CASE WHEN p.is_opening THEN
          setweight(to_tsvector('english', t.title), 'A') ||
          setweight(to_tsvector('english', coalesce(${noteText}, '')), 'B')
        ELSE ''::tsvector END || to_tsvector('english', p.body),
      search_es =
        CASE WHEN p.is_opening THEN
          setweight(to_tsvector('spanish', puente_fold(t.title)), 'A') ||
          setweight(to_tsvector('spanish', puente_fold(coalesce(${noteText}, ''))), 'B')
        ELSE ''::tsvector END || to_tsvector('spanish', puente_fold(p.body))
    FROM strategy_threads t
    LEFT JOIN strategy_notes n ON n.thread_id = t.id
    WHERE t.id = p.thread_id AND (${where})`);
}

/** Vectors of one post. */
export const refreshOnePostSearch = (db: Executor, postId: string) =>
  refreshPostSearch(db, sql`p.id = ${postId}`);
