import type { Executor } from "@puente/db";
import type { LanguageProficiency } from "@puente/db/schema";
import type { Translator } from "@puente/i18n";
import { matchPoints as p } from "./match-points";
import { candidateFacts, type CandidateFacts, type MatchTarget } from "./matching-facts";

export type MatchFactor = "practiceArea" | "language" | "region" | "capacity" | "recentLoad" | "responseHistory";

export interface FactorScore {
  factor: MatchFactor;
  points: number;
  max: number;
  /** Catalog key under referrals.match and its parameters: the explanation in the reader's language. */
  key: string;
  params: Record<string, string | number>;
}

export interface RankedMatch {
  attorneyId: string;
  name: string | null;
  score: number;
  factors: FactorScore[];
  lastOfferedAt: string | null;
  /** 1 for the best match, in the ranking of every eligible attorney. */
  position: number;
}

/**
 * Points per factor, each with the sentence that explains it (weights in match-points.ts). The
 * ranking adds the same points up in SQL (matchScoreSql); this explains the rows a person reads.
 */
export function scoreCandidate(target: MatchTarget, facts: CandidateFacts, interpreterAvailable: boolean): FactorScore[] {
  const total = target.caseTypes.length;
  const open = facts.capacity - facts.active;
  const answered = facts.answeredOffers + facts.lapsedOffers;
  return [
    {
      factor: "practiceArea",
      points: Math.round((p.practiceArea * facts.coveredCaseTypes) / total),
      max: p.practiceArea,
      key: "practiceArea",
      params: { covered: facts.coveredCaseTypes, total },
    },
    languageFactor(facts.proficiency, interpreterAvailable),
    regionFactor(target, facts),
    {
      factor: "capacity",
      points: p.perOpenPlace * Math.min(open, p.openCounted),
      max: p.perOpenPlace * p.openCounted,
      key: "capacity",
      params: { open, capacity: facts.capacity },
    },
    {
      factor: "recentLoad",
      points: p.recentLoadMax - p.perRecentOffer * Math.min(facts.recentOffers, p.recentCounted),
      max: p.recentLoadMax,
      key: "recentLoad",
      params: { count: facts.recentOffers },
    },
    answered === 0
      ? { factor: "responseHistory", points: p.responseNone, max: p.responseMax, key: "responseNone", params: {} }
      : {
          factor: "responseHistory",
          points: Math.round((p.responseMax * facts.answeredOffers) / answered),
          max: p.responseMax,
          key: "responseRate",
          params: { answered: facts.answeredOffers, total: answered },
        },
  ];
}

function languageFactor(proficiency: LanguageProficiency | null, interpreterAvailable: boolean): FactorScore {
  const language = (points: number, key: string): FactorScore => ({ factor: "language", points, max: p.languageMax, key, params: {} });
  if (proficiency) return language(p.language[proficiency], `language_${proficiency}`);
  return interpreterAvailable ? language(p.interpreter, "languageInterpreter") : language(0, "languageNone");
}

function regionFactor(target: MatchTarget, facts: CandidateFacts): FactorScore {
  const remoteAllowed = target.meetingMode !== "in_person";
  const region = (points: number, key: string): FactorScore => ({ factor: "region", points, max: p.regionMax, key, params: {} });
  if (facts.region === "county") return region(p.region.county, "regionCounty");
  if (facts.region === "state") return region(p.region.state, "regionState");
  if (facts.remote && remoteAllowed) return region(p.region.remote, "regionRemote");
  if (facts.region === "nearby") return region(p.region.nearby, "regionNearby");
  return region(0, remoteAllowed ? "regionNone" : "regionInPersonOnly");
}

export interface RankOptions {
  interpreterAvailable: boolean;
  /** Only the best `limit` matches (by default all). */
  limit?: number;
  /** Only this attorney, at their place in the full ranking (none if they are not eligible). */
  attorneyId?: string;
}

/**
 * Eligible attorneys, best first (ranked in SQL: candidateFacts), each with the per-factor points
 * that explain the score, and how many attorneys are eligible in all.
 */
export async function rankAttorneys(
  db: Executor,
  target: MatchTarget,
  options: RankOptions,
): Promise<{ matches: RankedMatch[]; eligible: number }> {
  const rows = await candidateFacts(db, target, options);
  const matches = rows.map((row) => {
    const factors = scoreCandidate(target, row, options.interpreterAvailable);
    return {
      attorneyId: row.attorneyId,
      name: row.name,
      score: row.score,
      factors,
      lastOfferedAt: row.lastOfferedAt,
      position: row.position,
    };
  });
  return { matches, eligible: rows[0]?.eligible ?? 0 };
}

/** The per-factor sentences a person reads next to each match. */
export function explainFactors(factors: FactorScore[], t: Translator) {
  return factors.map((f) => ({
    factor: f.factor,
    points: f.points,
    max: f.max,
    explanation: t(`referrals.match.${f.key}` as never, f.params as never),
  }));
}
