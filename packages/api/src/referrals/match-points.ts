import { sql } from "@puente/db";
import type { SQL } from "drizzle-orm";
import type { LanguageProficiency } from "@puente/db/schema";

/**
 * The points of every matching factor, read by both sides of matching: the SQL that ranks every
 * eligible attorney (`matchScoreSql`) and the JavaScript that explains the few a person reads
 * (`scoreCandidate` in matching.ts). matching-score.test.ts holds the two equal.
 *
 * Weights: practice area 40, language 20, region 20, open capacity 10, recent load 10 (fewer
 * recent offers scores higher, to spread work), response history 10 (attorneys who answer rather
 * than let offers lapse).
 */
export const matchPoints = {
  practiceArea: 40,
  language: { native: 20, fluent: 20, professional: 15, basic: 8 } satisfies Record<LanguageProficiency, number>,
  languageMax: 20,
  interpreter: 5,
  region: { county: 20, state: 16, remote: 14, nearby: 10 },
  regionMax: 20,
  /** per open place, up to `openCounted` places */
  perOpenPlace: 2,
  openCounted: 5,
  recentLoadMax: 10,
  /** taken off per offer in the last 30 days, up to `recentCounted` offers */
  perRecentOffer: 2,
  recentCounted: 5,
  responseMax: 10,
  /** for an attorney with no offers answered or missed yet */
  responseNone: 5,
} as const;

/** A constant of the code (never user input) written into the statement, so it plans as a constant. */
const lit = (value: number | boolean) => sql.raw(String(value));

/**
 * JavaScript's Math.round(numerator / denominator) for non-negative integers, in integer SQL:
 * floor(n/d + 1/2) = (2n + d) div 2d, exact (no binary-float halves) and cheaper than numeric,
 * which mattered: the score is computed for every eligible attorney.
 */
const roundedRatio = (numerator: SQL, denominator: SQL) =>
  sql`((2 * (${numerator}) + (${denominator})) / (2 * (${denominator})))`;

export interface ScoreInputs {
  caseTypeCount: number;
  interpreterAvailable: boolean;
  remoteAllowed: boolean;
}

/**
 * The total score of one candidate row `f` (columns named as CandidateFacts' SQL: covered,
 * proficiency, region, remote, capacity, active, recent, answered, lapsed; integers as int), as matching.ts's
 * scoreCandidate adds it up.
 */
export function matchScoreSql({ caseTypeCount, interpreterAvailable, remoteAllowed }: ScoreInputs): SQL {
  const p = matchPoints;
  const language = sql.join(
    Object.entries(p.language).map(([level, points]) => sql`when '${sql.raw(level)}' then ${lit(points)}`),
    sql` `,
  );
  return sql`(
    ${roundedRatio(sql`${lit(p.practiceArea)} * f.covered`, lit(caseTypeCount))}
    + case f.proficiency ${language} else ${lit(interpreterAvailable ? p.interpreter : 0)} end
    + case when f.region = 'county' then ${lit(p.region.county)}
           when f.region = 'state' then ${lit(p.region.state)}
           when f.remote and ${lit(remoteAllowed)} then ${lit(p.region.remote)}
           when f.region = 'nearby' then ${lit(p.region.nearby)}
           else 0 end
    + ${lit(p.perOpenPlace)} * least(f.capacity - f.active, ${lit(p.openCounted)})
    + ${lit(p.recentLoadMax)} - ${lit(p.perRecentOffer)} * least(f.recent, ${lit(p.recentCounted)})
    + case when f.answered + f.lapsed = 0 then ${lit(p.responseNone)}
           else ${roundedRatio(sql`${lit(p.responseMax)} * f.answered`, sql`f.answered + f.lapsed`)} end
  )::int`;
}
