import { type Database, queryRows, sql } from "@puente/db";
import { todayUtc } from "./consent";
import { expireForConsent } from "./expiry";
import { expireOffer } from "./offer-jobs";

/**
 * The safety net behind the per-row jobs (pg-boss cron every five minutes, and at every worker
 * start): referrals whose consent ended while they waited, then offers past their time. It catches
 * rows that never had a job (the demo seed writes no queue rows), a consent date changed after its
 * job was queued, and jobs lost with a dropped queue. Each row is handled by the same idempotent
 * work as its own job, one transaction per row, so a sweep racing a job changes nothing twice.
 */
export async function sweepReferrals(db: Database, appUrl: string): Promise<{ referrals: number; offers: number }> {
  const lapsed = await queryRows<{ id: string }>(
    db,
    sql`select r.id::text as "id"
          from referrals r join referral_consents c on c.referral_id = r.id
         where r.status in ('open', 'offered') and c.revoked_at is null and c.expires_on < ${todayUtc()}::date`,
  );
  for (const { id } of lapsed) await expireForConsent(db, id, appUrl);
  const overdue = await queryRows<{ id: string }>(
    db,
    sql`select id::text as "id" from referral_offers where state = 'offered' and expires_at <= now() order by expires_at`,
  );
  for (const { id } of overdue) await expireOffer(db, id, appUrl);
  return { referrals: lapsed.length, offers: overdue.length };
}
