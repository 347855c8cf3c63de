import { type DatabaseHandle, queryRows, sql } from "@puente/db";
import type { CaseType, LanguageProficiency, ReferralMeetingMode } from "@puente/db/schema";
import { createTestDatabase } from "@puente/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchScoreSql } from "./match-points";
import { scoreCandidate } from "./matching";
import type { CandidateFacts, MatchTarget } from "./matching-facts";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

/** A small deterministic generator (mulberry32), so a failure names a case that can be re-run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const proficiencies: Array<LanguageProficiency | null> = ["native", "fluent", "professional", "basic", null];
const regions: Array<CandidateFacts["region"]> = ["county", "state", "nearby", null];
const modes: ReferralMeetingMode[] = ["either", "in_person", "remote"];
const caseTypes: CaseType[] = ["u_visa", "t_visa", "vawa_self_petition", "asylum"];

describe("match points", () => {
  it("the SQL score equals the sum of the explained points for every kind of candidate", async () => {
    const next = random(20261129);
    const pick = <T,>(values: readonly T[]) => values[Math.floor(next() * values.length)]!;
    const int = (max: number) => Math.floor(next() * (max + 1));
    for (let round = 0; round < 40; round++) {
      const target: MatchTarget = {
        referralId: "00000000-0000-4000-8000-000000000001",
        caseTypes: caseTypes.slice(0, 1 + int(caseTypes.length - 1)),
        stateCode: "GA",
        countyFips: null,
        languageCode: "es",
        meetingMode: pick(modes),
      };
      const interpreterAvailable = next() < 0.5;
      const candidates: CandidateFacts[] = Array.from({ length: 50 }, (_, i) => {
        const capacity = 1 + int(9);
        return {
          attorneyId: String(i),
          name: null,
          coveredCaseTypes: 1 + int(target.caseTypes.length - 1),
          proficiency: pick(proficiencies),
          region: pick(regions),
          remote: next() < 0.5,
          capacity,
          active: int(capacity - 1),
          recentOffers: int(8),
          answeredOffers: int(4),
          lapsedOffers: int(4),
          lastOfferedAt: null,
        };
      });
      const rows = sql.join(
        candidates.map(
          (c, i) =>
            sql`(${i}::int, ${c.coveredCaseTypes}::int, ${c.proficiency}::text, ${c.region}::text, ${c.remote}::boolean, ${c.capacity}::int,
                 ${c.active}::int, ${c.recentOffers}::int, ${c.answeredOffers}::int, ${c.lapsedOffers}::int)`,
        ),
        sql`, `,
      );
      const score = matchScoreSql({
        caseTypeCount: target.caseTypes.length,
        interpreterAvailable,
        remoteAllowed: target.meetingMode !== "in_person",
      });
      const scored = await queryRows<{ score: number }>(
        handle.db,
        sql`SELECT ${score} AS score
            FROM (VALUES ${rows}) AS f(i, covered, proficiency, region, remote, capacity, active, recent, answered, lapsed)
            ORDER BY f.i`,
      );
      const explained = candidates.map((c) =>
        scoreCandidate(target, c, interpreterAvailable).reduce((sum, f) => sum + f.points, 0),
      );
      expect(scored.map((r) => r.score), `round ${round}`).toEqual(explained);
    }
  });
});
