import { type Executor, queryRows, sql } from "@puente/db";
import type { CaseType, LanguageProficiency, ReferralMeetingMode } from "@puente/db/schema";
import { matchScoreSql } from "./match-points";

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
}

/** One attorney's facts at their place in the ranking. */
export interface RankedFacts extends CandidateFacts {
  /** The total of matching.ts's scoreCandidate, computed in SQL to rank every candidate. */
  score: number;
  /** 1 for the best match. */
  position: number;
  /** How many attorneys passed the hard filters (the ranked list's full length). */
  eligible: number;
}

export interface FactsQuery {
  interpreterAvailable: boolean;
  /** Only the best `limit` (by default every eligible attorney). */
  limit?: number;
  /** Only this attorney, at their position in the full ranking (nothing if not eligible). */
  attorneyId?: string;
}

/**
 * Hard filters in SQL (approved, accepting, not paused, capacity left, at least one practice area
 * of the referral, not yet offered this referral); everything else is counted per attorney, scored
 * and ranked in the same statement: higher score first, then whoever was offered work least
 * recently (never first), then a hash of referral and attorney ids, fair and repeatable, never
 * insertion order. The practice-area filter runs first through its index, so the rest touches few
 * rows. Only the rows asked for leave the database: the widest referral has thousands of
 * candidates and a page shows 25, and sending and scoring all of them in JavaScript was half the
 * time matching took.
 */
export async function candidateFacts(db: Executor, target: MatchTarget, query: FactsQuery): Promise<RankedFacts[]> {
  return queryRows<RankedFacts>(db, candidateFactsSql(target, query));
}

/** The statement of candidateFacts; the benchmark explains this same SQL. */
export function candidateFactsSql(target: MatchTarget, query: FactsQuery) {
  // Compared as the enum, not as text, so the (case_type, attorney_id) index can be used.
  const caseTypes = sql.join(
    target.caseTypes.map((c) => sql`${c}::case_type`),
    sql`, `,
  );
  const score = matchScoreSql({
    caseTypeCount: target.caseTypes.length,
    interpreterAvailable: query.interpreterAvailable,
    remoteAllowed: target.meetingMode !== "in_person",
  });
  const chosen = query.attorneyId
    ? sql`r.user_id = ${query.attorneyId}::uuid`
    : query.limit
      ? sql`r.position <= ${query.limit}`
      : sql`true`;
  return sql`
    with practising as (
      select attorney_id, count(*)::int as covered
        from attorney_practice_areas
       where case_type in (${caseTypes})
       group by attorney_id
    ),
    active as (
      select accepted_attorney_id as attorney_id, count(*)::int as n
        from referrals
       where status in ('accepted', 'in_progress') and accepted_attorney_id is not null
       group by accepted_attorney_id
    ),
    eligible as (
      select p.user_id, u.name, pr.covered, p.remote, p.capacity, coalesce(a.n, 0) as active
        from practising pr
        join attorney_profiles p on p.user_id = pr.attorney_id
        join users u on u.id = p.user_id
        left join active a on a.attorney_id = p.user_id
       where p.application_state = 'approved'
         and p.accepting
         and (p.paused_until is null or p.paused_until < current_date)
         and u.account_state = 'active'
         and 'attorney' = any(u.roles)
         and not exists (select 1 from referral_offers o
                          where o.referral_id = ${target.referralId}::uuid and o.attorney_id = p.user_id)
    ),
    offer_stats as (
      select o.attorney_id,
             count(*) filter (where o.offered_at > now() - interval '30 days')::int as recent,
             count(*) filter (where o.state in ('accepted', 'declined') and o.offered_at > now() - interval '180 days')::int as answered,
             count(*) filter (where o.state = 'expired' and o.offered_at > now() - interval '180 days')::int as lapsed,
             max(o.offered_at) as last_offered_at
        from referral_offers o
        join eligible e on e.user_id = o.attorney_id
       group by o.attorney_id
    ),
    regions as (
      select r.attorney_id,
             case when bool_or(r.county_fips = ${target.countyFips}) then 'county'
                  when bool_or(r.county_fips is null) then 'state'
                  else 'nearby' end as region
        from attorney_regions r
       where r.state_code = ${target.stateCode}
       group by r.attorney_id
    ),
    facts as (
      select e.user_id, e.name, e.covered, l.proficiency::text as proficiency, g.region, e.remote,
             e.capacity::int as capacity, e.active::int as active,
             coalesce(s.recent, 0)::int as recent, coalesce(s.answered, 0)::int as answered,
             coalesce(s.lapsed, 0)::int as lapsed, s.last_offered_at,
             -- stable per referral and attorney, unrelated to insertion order: the last tie-break
             -- (PostgreSQL's text hash; md5 as text cost a fifth of the statement at 3,472 rows)
             hashtext(${target.referralId}::text || e.user_id::text) as tie_hash
        from eligible e
        left join attorney_languages l on l.attorney_id = e.user_id and l.language_code = ${target.languageCode}
        left join regions g on g.attorney_id = e.user_id
        left join offer_stats s on s.attorney_id = e.user_id
       -- Capacity left, filtered here rather than in eligible: there the planner guessed it kept
       -- a third of the rows (it keeps nearly all) and joined users by a loop of index lookups.
       where e.active < e.capacity
    ),
    scored as (
      select f.*, ${score} as score from facts f
    ),
    ranked as (
      select s.*,
             row_number() over (order by s.score desc, s.last_offered_at asc nulls first, s.tie_hash) as position,
             count(*) over () as eligible
        from scored s
    )
    select r.user_id::text as "attorneyId",
           r.name as "name",
           r.covered as "coveredCaseTypes",
           r.proficiency as "proficiency",
           r.region as "region",
           r.remote as "remote",
           r.capacity as "capacity",
           r.active as "active",
           r.recent as "recentOffers",
           r.answered as "answeredOffers",
           r.lapsed as "lapsedOffers",
           r.last_offered_at::text as "lastOfferedAt",
           r.score as "score",
           r.position::int as "position",
           r.eligible::int as "eligible"
      from ranked r
     where ${chosen}
     order by r.position
    `;
}
