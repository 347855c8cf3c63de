import type { SignedInActor } from "@puente/auth/actor";
import { type Database, type Executor, queryRows, sql } from "@puente/db";
import type { CaseType, ReferralStatus } from "@puente/db/schema";
import { PuenteError } from "../errors";
import { isOrganizationSide } from "./access";
import { hoursTotal } from "./hours";

/**
 * Dashboards show statuses, counts and reference codes — never summaries or messages — so the
 * moderator's network view can be read by someone who is not a party to any referral.
 */

interface ReferralListRow {
  id: string;
  referenceCode: string;
  status: ReferralStatus;
  caseTypes: CaseType[];
  stateCode: string;
  createdAt: string;
  liveOfferExpiresAt: string | null;
  hoursToAcceptance: number | null;
}

const hoursToAcceptance = sql`extract(epoch from (r.accepted_at - r.opened_at)) / 3600.0`;

async function referralList(db: Executor, where: ReturnType<typeof sql>): Promise<ReferralListRow[]> {
  return queryRows<ReferralListRow>(
    db,
    sql`select r.id::text as "id", r.reference_code as "referenceCode", r.status::text as "status",
               coalesce((select array_agg(c.case_type::text order by c.case_type) from referral_case_types c where c.referral_id = r.id), '{}') as "caseTypes",
               r.state_code::text as "stateCode", r.created_at::text as "createdAt",
               (select o.expires_at::text from referral_offers o where o.referral_id = r.id and o.state = 'offered') as "liveOfferExpiresAt",
               (${hoursToAcceptance})::float8 as "hoursToAcceptance"
          from referrals r
         where ${where}
         order by r.created_at desc
         limit 200`,
  );
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function countBy<T extends string>(rows: { key: T }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of rows) out[row.key] = (out[row.key] ?? 0) + 1;
  return out;
}

export async function organizationDashboard(db: Database, actor: SignedInActor, organizationId: string) {
  if (!isOrganizationSide(actor, { organizationId })) throw new PuenteError("FORBIDDEN", "referrals.errors.notMember");
  const referrals = await referralList(db, sql`r.organization_id = ${organizationId}::uuid`);
  const accepted = referrals.flatMap((r) => (r.hoursToAcceptance === null ? [] : [r.hoursToAcceptance]));
  return {
    referrals,
    byStatus: countBy(referrals.map((r) => ({ key: r.status }))),
    offersWaiting: referrals.filter((r) => r.liveOfferExpiresAt !== null).length,
    medianHoursToAcceptance: median(accepted),
    hours: await hoursTotal(db, { organizationId }),
  };
}

export async function attorneyDashboard(db: Database, actor: SignedInActor) {
  const offers = await queryRows<{ offerId: string; referralId: string; referenceCode: string; caseTypes: CaseType[]; stateCode: string; expiresAt: string; detained: boolean }>(
    db,
    sql`select o.id::text as "offerId", r.id::text as "referralId", r.reference_code as "referenceCode",
               coalesce((select array_agg(c.case_type::text order by c.case_type) from referral_case_types c where c.referral_id = r.id), '{}') as "caseTypes",
               r.state_code::text as "stateCode", o.expires_at::text as "expiresAt", r.detained as "detained"
          from referral_offers o join referrals r on r.id = o.referral_id
         where o.attorney_id = ${actor.userId}::uuid and o.state = 'offered' and o.expires_at > now()
         order by o.expires_at`,
  );
  const active = await referralList(db, sql`r.accepted_attorney_id = ${actor.userId}::uuid and r.status in ('accepted', 'in_progress')`);
  const [profile] = await queryRows<{ capacity: number; accepting: boolean }>(
    db,
    sql`select capacity::int as "capacity", accepting as "accepting" from attorney_profiles where user_id = ${actor.userId}::uuid`,
  );
  return {
    offers,
    active,
    capacity: profile?.capacity ?? 0,
    accepting: profile?.accepting ?? false,
    hours: await hoursTotal(db, { attorneyId: actor.userId }),
  };
}

/** Network totals for moderators: counts only. */
export async function networkTotals(db: Database) {
  const [byStatus, byCaseType, byState, acceptance] = await Promise.all([
    queryRows<{ key: string; count: number }>(db, sql`select status::text as "key", count(*)::int as "count" from referrals group by status order by 1`),
    queryRows<{ key: string; count: number }>(
      db,
      sql`select case_type::text as "key", count(*)::int as "count" from referral_case_types group by case_type order by 2 desc, 1`,
    ),
    queryRows<{ key: string; count: number }>(
      db,
      sql`select state_code::text as "key", count(*)::int as "count" from referrals group by state_code order by 2 desc, 1`,
    ),
    queryRows<{ hours: number }>(db, sql`select (${hoursToAcceptance})::float8 as "hours" from referrals r where r.accepted_at is not null and r.opened_at is not null`),
  ]);
  return {
    byStatus,
    byCaseType,
    byState,
    total: byStatus.reduce((sum, row) => sum + row.count, 0),
    accepted: acceptance.length,
    medianHoursToAcceptance: median(acceptance.map((a) => a.hours)),
  };
}
