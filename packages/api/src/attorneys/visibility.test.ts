import { visitor } from "@puente/auth/actor";
import type { DatabaseHandle } from "@puente/db";
import { attorneyBarAdmissions, attorneyProfiles, users } from "@puente/db/schema";
import { demoAccounts, demoAttorneyApplicant } from "@puente/db/seed";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AccessDenied } from "../errors";
import { actorByEmail, callerFor, callOverHttp, contextFor, rejectionOf, seededDatabase } from "../testing/test-context";
import { attorneyById } from "./read-profile";
import { searchRoster } from "./roster";
import { rosterInput } from "./inputs";

/**
 * Attorney profiles are members' data (DESIGN.md): visitors and pending people never reach
 * them, members reach approved profiles without bar numbers, and only the attorney and
 * moderators read a bar number. Checked on the shaped results and on the raw HTTP response.
 */

let handle: DatabaseHandle;
let demoAttorneyId: string;
let applicantId: string;
const barNumbers: string[] = [];

beforeAll(async () => {
  handle = await seededDatabase();
  const idOf = async (email: string) => (await handle.db.select().from(users).where(eq(users.email, email)))[0]!.id;
  demoAttorneyId = await idOf(demoAccounts.attorney);
  applicantId = await idOf(demoAttorneyApplicant);
  barNumbers.push(...(await handle.db.select().from(attorneyBarAdmissions)).map((b) => b.barNumber));
});

afterAll(async () => {
  await handle?.close();
});

const roster = (input: Record<string, unknown> = {}) => rosterInput.parse(input);

describe("who reaches attorney profiles", () => {
  it("visitors and pending people are refused by the tier, and by the domain functions themselves", async () => {
    const pending = await actorByEmail(handle.db, demoAccounts.pending);
    for (const actor of [visitor, pending]) {
      const caller = callerFor(handle, actor);
      expect(await rejectionOf(caller.attorney.byId({ userId: demoAttorneyId }))).toBeInstanceOf(AccessDenied);
      expect(await rejectionOf(caller.attorney.search({}))).toBeInstanceOf(AccessDenied);
      expect((await rejectionOf(attorneyById(handle.db, actor, demoAttorneyId))).code).toBe("NOT_FOUND");
      expect((await rejectionOf(searchRoster(handle.db, actor, roster()))).code).toBe("NOT_FOUND");
    }
  });

  it("a member reads approved profiles without any bar number, in the result and on the wire", async () => {
    const member = await actorByEmail(handle.db, demoAccounts.advocate);
    const profile = await callerFor(handle, member).attorney.byId({ userId: demoAttorneyId });
    expect(profile.name).toBe("Alicia Attorney");
    expect(profile.barAdmissions).toEqual([expect.objectContaining({ state: "GA", verificationState: "verified" })]);
    expect(profile.barAdmissions[0]).not.toHaveProperty("number");
    expect(profile).not.toHaveProperty("review");
    expect(profile).not.toHaveProperty("email");

    const one = await callOverHttp(contextFor(handle, member), "attorney.byId", { userId: demoAttorneyId });
    const all = await callOverHttp(contextFor(handle, member), "attorney.search", { limit: 100 });
    for (const wire of [one, all]) {
      expect(wire.ok).toBe(true);
      for (const number of barNumbers) expect(wire.raw).not.toContain(number);
    }
  });

  it("a member cannot open a pending application; the owner and moderators can, with bar numbers", async () => {
    const member = await actorByEmail(handle.db, demoAccounts.advocate);
    expect((await rejectionOf(callerFor(handle, member).attorney.byId({ userId: applicantId }))).code).toBe("NOT_FOUND");

    for (const email of [demoAttorneyApplicant, demoAccounts.moderator]) {
      const profile = await callerFor(handle, await actorByEmail(handle.db, email)).attorney.byId({ userId: applicantId });
      expect(profile.applicationState).toBe("pending");
      expect(profile.barAdmissions[0]!.number).toBe("TX-24088123");
    }
    // Another attorney is a member here, not a reviewer.
    const attorney = await actorByEmail(handle.db, demoAccounts.attorney);
    expect((await rejectionOf(callerFor(handle, attorney).attorney.byId({ userId: applicantId }))).code).toBe("NOT_FOUND");
  });
});

describe("the roster", () => {
  it("lists approved attorneys only, by name, a page at a time", async () => {
    const member = callerFor(handle, await actorByEmail(handle.db, demoAccounts.advocate));
    const first = await member.attorney.search({ limit: 10 });
    expect(first.total).toBe(25);
    expect(first.attorneys).toHaveLength(10);
    const names: string[] = first.attorneys.map((a) => a.name);
    let cursor = first.nextCursor;
    while (cursor) {
      const next = await member.attorney.search({ limit: 10, cursor });
      names.push(...next.attorneys.map((a) => a.name));
      cursor = next.nextCursor;
    }
    expect(names).toHaveLength(25);
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(names).not.toContain("Nora Newcomer");
  });

  it("filters by practice area, language, state, remote work and availability, in SQL", async () => {
    const member = callerFor(handle, await actorByEmail(handle.db, demoAccounts.advocate));
    const all = (await member.attorney.search({ limit: 100 })).attorneys;
    const check = async (input: Record<string, unknown>, expected: (a: (typeof all)[number]) => boolean) => {
      const found = (await member.attorney.search({ ...input, limit: 100 })).attorneys.map((a) => a.userId).sort();
      const wanted = all.filter(expected).map((a) => a.userId).sort();
      expect(found, JSON.stringify(input)).toEqual(wanted);
      expect(found.length, JSON.stringify(input)).toBeGreaterThan(0);
    };
    await check({ practiceArea: "u_visa" }, (a) => a.practiceAreas.includes("u_visa"));
    await check({ language: "es" }, (a) => a.languages.some((l) => l.code === "es"));
    await check({ state: "GA" }, (a) => a.regions.some((r) => r.state === "GA") || a.barAdmissions.some((b) => b.state === "GA"));
    await check({ remote: true }, (a) => a.remote);
    await check({ remote: false }, (a) => !a.remote);
    await check({ accepting: true }, (a) => a.availableNow);
    await check({ accepting: false }, (a) => !a.availableNow);
    await check({ q: "alicia" }, (a) => a.name === "Alicia Attorney");
    await check({ practiceArea: "u_visa", language: "es", accepting: true }, (a) =>
      a.practiceAreas.includes("u_visa") && a.languages.some((l) => l.code === "es") && a.availableNow,
    );
    // The demo's paused attorney and the one who switched referrals off are not available.
    expect(all.filter((a) => !a.availableNow)).toHaveLength(2);
  });

  it("an attorney paused until a past date is available again", async () => {
    await handle.db.update(attorneyProfiles).set({ pausedUntil: "2020-01-01" }).where(eq(attorneyProfiles.userId, demoAttorneyId));
    const member = callerFor(handle, await actorByEmail(handle.db, demoAccounts.advocate));
    expect((await member.attorney.byId({ userId: demoAttorneyId })).availableNow).toBe(true);
    await handle.db.update(attorneyProfiles).set({ pausedUntil: null }).where(eq(attorneyProfiles.userId, demoAttorneyId));
  });

  it("refuses unknown filter values with a message", async () => {
    const member = callerFor(handle, await actorByEmail(handle.db, demoAccounts.advocate));
    expect((await rejectionOf(member.attorney.search({ state: "ZZ" }))).code).toBe("BAD_REQUEST");
    expect((await rejectionOf(member.attorney.search({ practiceArea: "tax" as never }))).code).toBe("BAD_REQUEST");
    expect((await rejectionOf(member.attorney.search({ cursor: "not-a-cursor" }))).code).toBe("BAD_REQUEST");
  });
});
