import type { SignedInActor } from "@puente/auth/actor";
import { type DatabaseHandle, eq, sql } from "@puente/db";
import { organizations } from "@puente/db/schema";
import { demoAccounts, demoProgramName } from "@puente/db/seed";
import { getTranslator } from "@puente/i18n";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAttorney, pauseDemoAttorneys, referralInput } from "../testing/referral-fixture";
import { actorByEmail, callerFor, seededDatabase } from "../testing/test-context";
import { explainFactors, rankAttorneys, type RankedMatch, type RankOptions } from "./matching";
import type { MatchTarget } from "./matching-facts";

let handle: DatabaseHandle;
let programId: string;
let advocate: SignedInActor;
const ids: Record<string, string> = {};

const target = (overrides: Partial<MatchTarget> = {}): MatchTarget => ({
  referralId: "00000000-0000-4000-8000-000000000001",
  caseTypes: ["u_visa"],
  stateCode: "WY",
  countyFips: "56021",
  languageCode: "es",
  meetingMode: "either",
  ...overrides,
});

beforeAll(async () => {
  handle = await seededDatabase();
  const db = handle.db;
  await pauseDemoAttorneys(db);
  const [program] = await db.select().from(organizations).where(eq(organizations.name, demoProgramName));
  programId = program!.id;
  advocate = await actorByEmail(db, demoAccounts.advocate);
  const make = async (key: string, spec: Omit<Parameters<typeof createAttorney>[1], "email">) => {
    ids[key] = (await createAttorney(db, { email: `${key}@match.example.org`, name: key, ...spec })).userId;
  };
  // Best on paper: county, native Spanish, both case types.
  await make("county-native", { caseTypes: ["u_visa", "t_visa"], languages: [{ code: "es", proficiency: "native" }], regions: [{ state: "WY", countyFips: "56021" }] });
  await make("statewide-basic", { caseTypes: ["u_visa"], languages: [{ code: "es", proficiency: "basic" }], regions: [{ state: "WY" }] });
  await make("remote-english", { caseTypes: ["u_visa"], remote: true });
  // Hard filters: each of these must never appear.
  await make("not-accepting", { caseTypes: ["u_visa"], accepting: false, regions: [{ state: "WY" }] });
  await make("paused", { caseTypes: ["u_visa"], pausedUntil: "2999-01-01", regions: [{ state: "WY" }] });
  await make("other-practice", { caseTypes: ["naturalization"], regions: [{ state: "WY" }] });
  await make("full", { caseTypes: ["u_visa"], capacity: 1, regions: [{ state: "WY" }] });
  // Twins: identical profiles, so only the tie-break can order them.
  await make("twin-a", { caseTypes: ["sijs"], regions: [{ state: "MT" }] });
  await make("twin-b", { caseTypes: ["sijs"], regions: [{ state: "MT" }] });
  // "full" holds one accepted referral, its whole capacity.
  const created = await callerFor(handle, advocate).referral.create(referralInput(programId, { stateCode: "WY", countyFips: undefined }));
  await db.execute(
    sql`update referrals set status = 'accepted', accepted_attorney_id = ${ids.full}::uuid, accepted_at = now() where id = ${created.id}::uuid`,
  );
}, 120_000);

afterAll(async () => {
  await handle?.close();
});

const names = (matches: RankedMatch[]) => matches.map((m) => m.name);
const rank = async (t: MatchTarget, options: RankOptions) => (await rankAttorneys(handle.db, t, options)).matches;

describe("matching", () => {
  it("applies the hard filters: accepting, not paused, capacity left, practice area", async () => {
    const ranked = await rank(target(), { interpreterAvailable: false });
    expect(names(ranked)).not.toEqual(expect.arrayContaining(["not-accepting"]));
    for (const excluded of ["not-accepting", "paused", "other-practice", "full", "twin-a"]) {
      expect(names(ranked), excluded).not.toContain(excluded);
    }
    expect(names(ranked)).toEqual(["county-native", "statewide-basic", "remote-english"]);
  });

  it("explains every factor in the reader's language", async () => {
    const [best] = await rank(target({ caseTypes: ["u_visa", "t_visa"] }), { interpreterAvailable: false });
    const en = explainFactors(best!.factors, getTranslator("en"));
    expect(en.map((f) => f.factor)).toEqual(["practiceArea", "language", "region", "capacity", "recentLoad", "responseHistory"]);
    expect(en.map((f) => f.explanation)).toEqual([
      "Practices 2 of the 2 case types asked for.",
      "Native speaker of the language needed.",
      "Takes in-person cases in this county.",
      "3 of 3 places open.",
      "No offers in the last 30 days.",
      "No offers answered or missed yet.",
    ]);
    const es = explainFactors(best!.factors, getTranslator("es"));
    expect(es[1]!.explanation).toBe("Hablante nativo del idioma necesario.");
    expect(best!.score).toBe(40 + 20 + 20 + 6 + 10 + 5);
  });

  it("counts an interpreter for an attorney without the language, and remote work only when the referral allows it", async () => {
    const withInterpreter = await rank(target(), { interpreterAvailable: true });
    const remote = withInterpreter.find((m) => m.name === "remote-english")!;
    expect(remote.factors.find((f) => f.factor === "language")!.points).toBe(5);
    expect(remote.factors.find((f) => f.factor === "region")!.points).toBe(14);
    const inPerson = await rank(target({ meetingMode: "in_person" }), { interpreterAvailable: true });
    const remoteInPerson = inPerson.find((m) => m.name === "remote-english")!;
    expect(remoteInPerson.factors.find((f) => f.factor === "region")).toMatchObject({ points: 0, key: "regionInPersonOnly" });
  });

  it("spreads work: recent offers lower the score", async () => {
    const before = (await rank(target(), { interpreterAvailable: false })).find((m) => m.name === "statewide-basic")!;
    for (let i = 0; i < 2; i++) {
      const { id } = await callerFor(handle, advocate).referral.create(referralInput(programId));
      await handle.db.execute(sql`
        insert into referral_offers (referral_id, attorney_id, offered_at, expires_at, state)
        values (${id}::uuid, ${ids["statewide-basic"]}::uuid, now() - interval '2 days', now() - interval '1 day', 'expired')`);
    }
    const after = (await rank(target(), { interpreterAvailable: false })).find((m) => m.name === "statewide-basic")!;
    expect(after.factors.find((f) => f.factor === "recentLoad")!.points).toBe(before.factors.find((f) => f.factor === "recentLoad")!.points - 4);
    // Two lapsed offers and none answered: the response history drops to zero.
    expect(after.factors.find((f) => f.factor === "responseHistory")).toMatchObject({ points: 0, key: "responseRate" });
  });

  it("breaks ties by least recently offered, then by a hash of referral and attorney — not by insertion order", async () => {
    const orders = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const referralId = `00000000-0000-4000-8000-0000000000${String(10 + i)}`;
      const ranked = await rank(target({ referralId, caseTypes: ["sijs"], stateCode: "MT", countyFips: null }), {
        interpreterAvailable: false,
      });
      expect(ranked[0]!.score).toBe(ranked[1]!.score);
      orders.add(names(ranked).join(","));
      // The same referral always ranks the same way.
      const again = await rank(target({ referralId, caseTypes: ["sijs"], stateCode: "MT", countyFips: null }), {
        interpreterAvailable: false,
      });
      expect(names(again)).toEqual(names(ranked));
    }
    // Across referrals each twin comes first sometimes.
    expect(orders.size).toBe(2);
  });

  it("puts the attorney who waited longest first among equals", async () => {
    // Offers older than 180 days change no factor, only when each was last offered work.
    const waited: Record<string, string> = {};
    for (const key of ["waited-short", "waited-long", "waited-never"]) {
      waited[key] = (await createAttorney(handle.db, { email: `${key}@match.example.org`, name: key, caseTypes: ["daca"], regions: [{ state: "ND" }] })).userId;
    }
    for (const [key, daysAgo] of [["waited-short", 200], ["waited-long", 400]] as const) {
      const { id } = await callerFor(handle, advocate).referral.create(referralInput(programId));
      await handle.db.execute(sql`
        insert into referral_offers (referral_id, attorney_id, offered_at, expires_at, state)
        values (${id}::uuid, ${waited[key]}::uuid, now() - make_interval(days => ${daysAgo}), now() - make_interval(days => ${daysAgo - 3}), 'expired')`);
    }
    for (let i = 0; i < 6; i++) {
      const ranked = await rank(target({ referralId: `00000000-0000-4000-8000-0000000001${String(10 + i)}`, caseTypes: ["daca"], stateCode: "ND", countyFips: null }), {
        interpreterAvailable: false,
      });
      expect(new Set(ranked.map((m) => m.score)).size).toBe(1);
      expect(names(ranked)).toEqual(["waited-never", "waited-long", "waited-short"]);
    }
  });

  it("returns the best few, or one attorney at their place, with how many are eligible", async () => {
    const all = await rankAttorneys(handle.db, target(), { interpreterAvailable: false });
    expect(all.eligible).toBe(3);
    expect(all.matches.map((m) => m.position)).toEqual([1, 2, 3]);
    const best = await rankAttorneys(handle.db, target(), { interpreterAvailable: false, limit: 2 });
    expect(best).toEqual({ matches: all.matches.slice(0, 2), eligible: 3 });
    const one = await rank(target(), { interpreterAvailable: false, attorneyId: ids["remote-english"] });
    expect(one).toEqual([all.matches[2]]);
    expect(await rank(target(), { interpreterAvailable: false, attorneyId: ids.paused })).toEqual([]);
  });

  it("scores in SQL exactly what the explanation adds up", async () => {
    for (const t of [target(), target({ caseTypes: ["u_visa", "t_visa"], meetingMode: "in_person" }), target({ countyFips: null })]) {
      for (const interpreterAvailable of [false, true]) {
        for (const m of await rank(t, { interpreterAvailable })) {
          expect(m.factors.reduce((sum, f) => sum + f.points, 0), m.name ?? "").toBe(m.score);
        }
      }
    }
  });
});
