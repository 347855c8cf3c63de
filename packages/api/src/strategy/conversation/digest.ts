import { queryRows, type Database } from "@puente/db";
import { strategyPreferences } from "@puente/db/schema";
import { renderStrategyDigest } from "@puente/email";
import type { Locale } from "@puente/i18n";
import { queueOn } from "@puente/jobs";
import { eq, sql } from "drizzle-orm";

export type DigestFrequency = "daily" | "weekly";

const periodMs: Record<DigestFrequency, number> = { daily: 86_400_000, weekly: 7 * 86_400_000 };

interface Recipient {
  id: string;
  email: string;
  language: Locale;
  since: string;
}

/**
 * Threads for one recipient's digest, only ones they may read: published, not merged, and either
 * network-wide or in a group they belong to or moderate (a national moderator's digest holds no
 * group threads they are not in). A note counts as new when it was written or approved (or
 * restored) since the last digest; their own notes are left out.
 */
async function digestContent(db: Database, recipient: Recipient) {
  const audience = sql`t.status = 'published' AND t.merged_into_id IS NULL
    AND (t.visibility = 'network'
         OR EXISTS (SELECT 1 FROM group_members g WHERE g.group_id = t.group_id AND g.user_id = ${recipient.id})
         OR EXISTS (SELECT 1 FROM group_moderators g WHERE g.group_id = t.group_id AND g.user_id = ${recipient.id}))`;
  const since = sql`${recipient.since}::timestamptz`;
  const newThreads = await queryRows<{ id: string; title: string }>(
    db,
    sql`SELECT t.id, t.title FROM strategy_threads t
        WHERE ${audience} AND t.author_id IS DISTINCT FROM ${recipient.id}
          AND (t.created_at > ${since} OR EXISTS (
            SELECT 1 FROM strategy_moderation_log l JOIN strategy_posts op ON op.id = l.target_id
            WHERE l.target_kind = 'post' AND op.thread_id = t.id AND op.is_opening
              AND l.action IN ('approve', 'restore') AND l.at > ${since}))
        ORDER BY t.created_at DESC LIMIT 20`,
  );
  const followedThreads = await queryRows<{ id: string; title: string; replies: number }>(
    db,
    sql`SELECT t.id, t.title, count(p.id)::int AS replies
        FROM strategy_follows f
        JOIN strategy_threads t ON t.id = f.thread_id
        JOIN strategy_posts p ON p.thread_id = t.id AND NOT p.is_opening AND p.status = 'published'
          AND p.created_at > ${since} AND p.author_id IS DISTINCT FROM ${recipient.id}
        WHERE f.user_id = ${recipient.id} AND ${audience}
        GROUP BY t.id, t.title
        ORDER BY max(p.created_at) DESC LIMIT 10`,
  );
  return { newThreads, followedThreads };
}

/**
 * The digest job: every active member who chose this frequency gets one email (in their language)
 * listing what is new since their last digest, or none when nothing is. Each recipient's email is
 * queued (email.send) in the transaction that records the digest as sent, so a retried job never
 * mails anyone twice.
 */
export async function sendStrategyDigests(db: Database, frequency: DigestFrequency, appUrl: string, now = new Date()) {
  const fallback = new Date(now.getTime() - periodMs[frequency]).toISOString();
  const recipients = await queryRows<Recipient>(
    db,
    sql`SELECT u.id, u.email, u.preferred_language::text AS language,
               coalesce(p.last_digest_at, ${fallback}::timestamptz)::text AS since
        FROM strategy_preferences p JOIN users u ON u.id = p.user_id
        WHERE p.digest = ${frequency} AND u.account_state = 'active'
          AND (p.last_digest_at IS NULL OR p.last_digest_at < ${now.toISOString()}::timestamptz)`,
  );
  if (recipients.length === 0) return { recipients: 0, sent: 0 };
  const queue = await queueOn(db);
  let sent = 0;
  for (const recipient of recipients) {
    const content = await digestContent(db, recipient);
    const prefix = `${appUrl.replace(/\/$/, "")}${recipient.language === "es" ? "/es" : ""}`;
    await db.transaction(async (tx) => {
      await tx.update(strategyPreferences).set({ lastDigestAt: now }).where(eq(strategyPreferences.userId, recipient.id));
      if (content.newThreads.length === 0 && content.followedThreads.length === 0) return;
      const mail = renderStrategyDigest({
        to: recipient.email,
        locale: recipient.language,
        frequency,
        newThreads: content.newThreads.map((t) => ({ title: t.title, url: `${prefix}/strategy/${t.id}` })),
        followedThreads: content.followedThreads.map((t) => ({ title: t.title, url: `${prefix}/strategy/${t.id}`, replies: t.replies })),
        strategyUrl: `${prefix}/strategy`,
        settingsUrl: `${prefix}/notifications`,
      });
      await queue.send("email.send", mail, { tx });
      sent += 1;
    });
  }
  return { recipients: recipients.length, sent };
}
