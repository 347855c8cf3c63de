import { queryRows, type Executor } from "@puente/db";
import { extractMentions } from "@puente/markdown";
import { sql } from "drizzle-orm";

/**
 * Notifications for a post that has just become visible (published at creation, or approved by a
 * moderator): mentioned members, the quoted post's author, the thread's author and its followers
 * for a reply; category and jurisdiction followers for a new thread. Each member gets one
 * notification, the most specific (mention > quote > reply > followed thread > category >
 * jurisdiction); the author gets none; only active members who may read the thread are notified
 * (a group thread: the group's members and moderators, and national moderators).
 *
 * A mention names a handle (@maria-lopez: see handleFromName in @puente/markdown). A handle that
 * fits more than one member is ambiguous and notifies nobody.
 *
 * Call inside the transaction that publishes the post. Does nothing for a post or thread that is
 * not published.
 */
export async function announcePost(tx: Executor, postId: string): Promise<number> {
  const [post] = await queryRows<{ body: string }>(tx, sql`SELECT body FROM strategy_posts WHERE id = ${postId}`);
  if (!post) return 0;
  const handles = extractMentions(post.body);
  const memberHandle = sql`trim(both '-' from regexp_replace(puente_fold(coalesce(u.name, '')), '[^a-z0-9]+', '-', 'g'))`;
  const mentioned = handles.length
    ? sql`UNION ALL
          SELECT min(u.id::text)::uuid, 'mention', 1 FROM users u
          WHERE ${memberHandle} IN (${sql.join(handles.map((h) => sql`${h}`), sql`, `)})
          GROUP BY ${memberHandle} HAVING count(*) = 1`
    : sql``;
  const rows = await queryRows<{ user_id: string }>(
    tx,
    sql`WITH post AS (
          SELECT p.id, p.thread_id, p.author_id, p.is_opening, p.quoted_post_id, t.category_id, t.author_id AS thread_author
          FROM strategy_posts p JOIN strategy_threads t ON t.id = p.thread_id
          WHERE p.id = ${postId} AND p.status = 'published' AND t.status = 'published' AND t.merged_into_id IS NULL
        ),
        candidates (user_id, kind, priority) AS (
          SELECT NULL::uuid, NULL::text, 99 WHERE false
          ${mentioned}
          UNION ALL SELECT q.author_id, 'quote', 2 FROM post JOIN strategy_posts q ON q.id = post.quoted_post_id
          UNION ALL SELECT post.thread_author, 'reply', 3 FROM post WHERE NOT post.is_opening
          UNION ALL SELECT f.user_id, 'followed_thread', 4 FROM post
            JOIN strategy_follows f ON f.thread_id = post.thread_id WHERE NOT post.is_opening
          UNION ALL SELECT f.user_id, 'followed_category', 5 FROM post
            JOIN strategy_follows f ON f.category_id = post.category_id WHERE post.is_opening
          UNION ALL SELECT f.user_id, 'followed_jurisdiction', 6 FROM post
            JOIN thread_jurisdictions j ON j.thread_id = post.thread_id
            JOIN strategy_follows f ON f.target_kind = 'jurisdiction' AND f.state = j.state
              AND (f.county_fips IS NULL OR f.county_fips = j.county_fips)
            WHERE post.is_opening
        )
        INSERT INTO strategy_notifications (user_id, kind, thread_id, post_id, actor_id)
        SELECT DISTINCT ON (c.user_id) c.user_id, c.kind::strategy_notification_kind, post.thread_id, post.id, post.author_id
        FROM candidates c
        CROSS JOIN post
        JOIN strategy_threads t ON t.id = post.thread_id
        JOIN users u ON u.id = c.user_id
        WHERE u.id IS DISTINCT FROM post.author_id AND u.account_state = 'active'
          AND (t.visibility = 'network'
               OR u.roles && ARRAY['moderator', 'admin']::platform_role[]
               OR EXISTS (SELECT 1 FROM group_members g WHERE g.group_id = t.group_id AND g.user_id = u.id)
               OR EXISTS (SELECT 1 FROM group_moderators g WHERE g.group_id = t.group_id AND g.user_id = u.id))
        ORDER BY c.user_id, c.priority
        RETURNING user_id`,
  );
  return rows.length;
}
