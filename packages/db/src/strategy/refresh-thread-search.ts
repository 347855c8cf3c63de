import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "../client";

/**
 * Rebuilds the search documents (strategy_thread_search) of the threads `where` selects (an SQL
 * condition on `t`): title (A), note (B) and the text of the thread's published posts. Hidden,
 * rejected and pending posts are left out, so nothing a reader may not see can make a thread match.
 */
export async function refreshThreadSearch(db: Executor, where: SQL) {
  const note = sql`concat_ws(' ', n.what_tried, n.with_whom_detail, n.lessons)`;
  const bodies = sql`coalesce((SELECT string_agg(p.body, E'\n' ORDER BY p.created_at) FROM strategy_posts p
    WHERE p.thread_id = t.id AND p.status = 'published'), '')`;
  await db.execute(sql`
    INSERT INTO strategy_thread_search (thread_id, last_activity_at, search_en, search_es)
    SELECT t.id, t.last_activity_at,
      setweight(to_tsvector('english', t.title), 'A') ||
        setweight(to_tsvector('english', coalesce(${note}, '')), 'B') ||
        to_tsvector('english', ${bodies}),
      setweight(to_tsvector('spanish', puente_fold(t.title)), 'A') ||
        setweight(to_tsvector('spanish', puente_fold(coalesce(${note}, ''))), 'B') ||
        to_tsvector('spanish', puente_fold(${bodies}))
    FROM strategy_threads t LEFT JOIN strategy_notes n ON n.thread_id = t.id
    WHERE ${where}
    ON CONFLICT (thread_id) DO UPDATE SET
      last_activity_at = excluded.last_activity_at,
      search_en = excluded.search_en,
      search_es = excluded.search_es`);
}
