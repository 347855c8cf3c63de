import { type Executor, queryRows, sql } from "@puente/db";
import type { CaseType, LanguageProficiency, ReferralMeetingMode } from "@puente/db/schema";

/** What matching needs to know about a referral. */
export interface MatchTarget {
  referralId: string;
  caseTypes: CaseType[];
  stateCode: string;
  countyFips: string | null;
  languageCode: string;
  meetingMode: ReferralMeetingMode;
}

/** Raw facts about one attorney who passes the hard filters; scoring turns them into points. */
export interface CandidateFacts {
  attorneyId: string;
  name: string | null;
  coveredCaseTypes: number;
  proficiency: LanguageProficiency | null;
  /** county: a region names the referral's county; state: a state-wide region; nearby: another county in the state. */
  region: "county" | "state" | "nearby" | null;
  remote: boolean;
  capacity: number;
  active: number;
  recentOffers: number;
  answeredOffers: number;
  lapsedOffers: number;
  lastOfferedAt: string | null;
  /** Stable per referral and attorney, unrelated to insertion order: the last tie-break. */
  tieHash: string;
}

/**
 * Hard filters in SQL (approved, accepting, not paused, capacity left, at least one practice area
 * of the referral, not yet offered this referral); everything else is counted per attorney for
 * scoring. The practice-area filter runs first through its index, so the rest touches few rows.
 */
export async function candidateFacts(db: Executor, target: MatchTarget, onlyAttorneyId?: string): Promise<CandidateFacts[]> {
  const caseTypes = sql.join(
    target.caseTypes.map((c) => sql`${c}`),
    sql`, `,
  );
  return queryRows<CandidateFacts>(
    db,
    sql`
    with practising as (
      select attorney_id, count(*)::int as covered
      from attorney_practice_areas
      where case_type::text in (${caseTypes})
      group by attorney_id
    ),
    active as (
      select accepted_attorney_id as attorney_id, count(*)::int as n
      from referrals
      where status in ('accepted', 'in_progress') and accepted_attorney_id is not null
      group by accepted_attorney_id
    )
    select p.user_id::text as "attorneyId",
           u.name as "name",
           pr.covered as "coveredCaseTypes",
           (select l.proficiency::text from attorney_languages l
             where l.attorney_id = p.user_id and l.language_code = ${target.languageCode}) as "proficiency",
           (select case
                     when count(*) = 0 then null
                     when bool_or(r.county_fips = ${target.countyFips}) then 'county'
                     when bool_or(r.county_fips is null) then 'state'
                     else 'nearby' end
              from attorney_regions r
             where r.attorney_id = p.user_id and r.state_code = ${target.stateCode}) as "region",
           p.remote as "remote",
           p.capacity::int as "capacity",
           coalesce(a.n, 0)::int as "active",
           (select count(*)::int from referral_offers o
             where o.attorney_id = p.user_id and o.offered_at > now() - interval '30 days') as "recentOffers",
           (select count(*)::int from referral_offers o
             where o.attorney_id = p.user_id and o.state in ('accepted', 'declined')
               and o.offered_at > now() - interval '180 days') as "answeredOffers",
           (select count(*)::int from referral_offers o
             where o.attorney_id = p.user_id and o.state = 'expired'
               and o.offered_at > now() - interval '180 days') as "lapsedOffers",
           (select max(o.offered_at)::text from referral_offers o where o.attorney_id = p.user_id) as "lastOfferedAt",
           md5(${target.referralId}::text || p.user_id::text) as "tieHash"
      from practising pr
      join attorney_profiles p on p.user_id = pr.attorney_id
      join users u on u.id = p.user_id
      left join active a on a.attorney_id = p.user_id
     where p.application_state = 'approved'
       and p.accepting
       and (p.paused_until is null or p.paused_until < current_date)
       and u.account_state = 'active'
       and 'attorney' = any(u.roles)
       and coalesce(a.n, 0) < p.capacity
       and not exists (select 1 from referral_offers o
                        where o.referral_id = ${target.referralId}::uuid and o.attorney_id = p.user_id)
       ${onlyAttorneyId ? sql`and p.user_id = ${onlyAttorneyId}::uuid` : sql``}
    `,
  );
}
