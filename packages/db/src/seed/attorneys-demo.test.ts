import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../client";
import { queryRows } from "../query-rows";
import { createTestDatabase } from "../testing";
import { demoAttorneyApplicant, demoAttorneys } from "./attorneys-demo";
import { demoAccounts, seedDemo } from "./demo";

let handle: DatabaseHandle;
const now = new Date("2026-11-29T12:00:00Z");

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db, { now });
}, 120_000);

afterAll(async () => {
  await handle?.close();
});

describe("the demo attorneys", () => {
  it("are the same people with the same choices on every call", () => {
    expect(demoAttorneys()).toEqual(demoAttorneys());
  });

  it("give the demo attorney account a full approved profile with a verified bar admission", async () => {
    const [row] = await queryRows<{ state: string; roles: string; verified: number; areas: number; languages: number }>(
      handle.db,
      sql`SELECT p.application_state::text AS state, u.roles::text AS roles,
            (SELECT count(*)::int FROM attorney_bar_admissions b WHERE b.attorney_id = p.user_id AND b.verification_state = 'verified') AS verified,
            (SELECT count(*)::int FROM attorney_practice_areas a WHERE a.attorney_id = p.user_id) AS areas,
            (SELECT count(*)::int FROM attorney_languages l WHERE l.attorney_id = p.user_id) AS languages
          FROM attorney_profiles p JOIN users u ON u.id = p.user_id WHERE u.email = ${demoAccounts.attorney}`,
    );
    expect(row).toEqual({ state: "approved", roles: "{member,attorney}", verified: 1, areas: 5, languages: 2 });
  });

  it("spread 25 approved attorneys over many states, mostly Spanish-speaking, one paused, one application waiting", async () => {
    const states = await queryRows<{ application_state: string; n: number }>(
      handle.db,
      sql`SELECT application_state::text, count(*)::int AS n FROM attorney_profiles GROUP BY 1 ORDER BY 1`,
    );
    expect(states).toEqual([
      { application_state: "approved", n: 25 },
      { application_state: "pending", n: 1 },
    ]);
    const [spread] = await queryRows<{ states: number; spanish: number; remote: number; paused: number; capacities: number }>(
      handle.db,
      sql`SELECT (SELECT count(DISTINCT state_code)::int FROM attorney_bar_admissions) AS states,
            (SELECT count(*)::int FROM attorney_languages WHERE language_code = 'es') AS spanish,
            (SELECT count(*)::int FROM attorney_profiles WHERE remote) AS remote,
            (SELECT count(*)::int FROM attorney_profiles WHERE paused_until > ${"2026-11-29"}::date) AS paused,
            (SELECT count(DISTINCT capacity)::int FROM attorney_profiles) AS capacities`,
    );
    expect(spread!.states).toBeGreaterThanOrEqual(20);
    expect(spread!.spanish).toBeGreaterThanOrEqual(13);
    expect(spread!.remote).toBeGreaterThan(3);
    expect(spread!.paused).toBe(1);
    expect(spread!.capacities).toBeGreaterThan(4);
    const [applicant] = await queryRows<{ state: string; bar: string; roles: string }>(
      handle.db,
      sql`SELECT p.application_state::text AS state, b.verification_state::text AS bar, u.roles::text AS roles
          FROM attorney_profiles p JOIN users u ON u.id = p.user_id JOIN attorney_bar_admissions b ON b.attorney_id = p.user_id
          WHERE u.email = ${demoAttorneyApplicant}`,
    );
    expect(applicant).toEqual({ state: "pending", bar: "pending", roles: "{member}" });
  });
});
