import type { Executor } from "@puente/db";
import type { LanguageProficiency } from "@puente/db/schema";
import type { Translator } from "@puente/i18n";
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
  tieHash: string;
}

const languagePoints: Record<LanguageProficiency, number> = { native: 20, fluent: 20, professional: 15, basic: 8 };

/**
 * Points per factor, each with the sentence that explains it. Weights: practice area 40, language
 * 20, region 20, open capacity 10, recent load 10 (fewer recent offers scores higher, to spread
 * work), response history 10 (attorneys who answer rather than let offers lapse).
 */
export function scoreCandidate(target: MatchTarget, facts: CandidateFacts, interpreterAvailable: boolean): FactorScore[] {
  const total = target.caseTypes.length;
  const open = facts.capacity - facts.active;
  const answered = facts.answeredOffers + facts.lapsedOffers;
  return [
    {
      factor: "practiceArea",
      points: Math.round((40 * facts.coveredCaseTypes) / total),
      max: 40,
      key: "practiceArea",
      params: { covered: facts.coveredCaseTypes, total },
    },
    languageFactor(facts.proficiency, interpreterAvailable),
    regionFactor(target, facts),
    { factor: "capacity", points: 2 * Math.min(open, 5), max: 10, key: "capacity", params: { open, capacity: facts.capacity } },
    {
      factor: "recentLoad",
      points: 10 - 2 * Math.min(facts.recentOffers, 5),
      max: 10,
      key: "recentLoad",
      params: { count: facts.recentOffers },
    },
    answered === 0
      ? { factor: "responseHistory", points: 5, max: 10, key: "responseNone", params: {} }
      : {
          factor: "responseHistory",
          points: Math.round((10 * facts.answeredOffers) / answered),
          max: 10,
          key: "responseRate",
          params: { answered: facts.answeredOffers, total: answered },
        },
  ];
}

function languageFactor(proficiency: LanguageProficiency | null, interpreterAvailable: boolean): FactorScore {
  if (proficiency) {
    return { factor: "language", points: languagePoints[proficiency], max: 20, key: `language_${proficiency}`, params: {} };
  }
  return interpreterAvailable
    ? { factor: "language", points: 5, max: 20, key: "languageInterpreter", params: {} }
    : { factor: "language", points: 0, max: 20, key: "languageNone", params: {} };
}

function regionFactor(target: MatchTarget, facts: CandidateFacts): FactorScore {
  const remoteAllowed = target.meetingMode !== "in_person";
  if (facts.region === "county") return { factor: "region", points: 20, max: 20, key: "regionCounty", params: {} };
  if (facts.region === "state") return { factor: "region", points: 16, max: 20, key: "regionState", params: {} };
  if (facts.remote && remoteAllowed) return { factor: "region", points: 14, max: 20, key: "regionRemote", params: {} };
  if (facts.region === "nearby") return { factor: "region", points: 10, max: 20, key: "regionNearby", params: {} };
  return { factor: "region", points: 0, max: 20, key: remoteAllowed ? "regionNone" : "regionInPersonOnly", params: {} };
}

/**
 * Higher score first; ties go to whoever was offered work least recently (never offered first),
 * then to a hash of referral and attorney ids: fair and repeatable, never insertion order.
 */
export function compareMatches(a: RankedMatch, b: RankedMatch): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.lastOfferedAt !== b.lastOfferedAt) {
    if (a.lastOfferedAt === null) return -1;
    if (b.lastOfferedAt === null) return 1;
    return Date.parse(a.lastOfferedAt) - Date.parse(b.lastOfferedAt);
  }
  return a.tieHash < b.tieHash ? -1 : a.tieHash > b.tieHash ? 1 : 0;
}

export async function rankAttorneys(
  db: Executor,
  target: MatchTarget,
  options: { interpreterAvailable: boolean; onlyAttorneyId?: string; limit?: number },
): Promise<RankedMatch[]> {
  const facts = await candidateFacts(db, target, options.onlyAttorneyId);
  const ranked = facts.map((f) => {
    const factors = scoreCandidate(target, f, options.interpreterAvailable);
    return {
      attorneyId: f.attorneyId,
      name: f.name,
      score: factors.reduce((sum, factor) => sum + factor.points, 0),
      factors,
      lastOfferedAt: f.lastOfferedAt,
      tieHash: f.tieHash,
    };
  });
  ranked.sort(compareMatches);
  return options.limit ? ranked.slice(0, options.limit) : ranked;
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
