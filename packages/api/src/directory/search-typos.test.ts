import { loadActor, type SignedInActor } from "@puente/auth/actor";
import { eq, queryRows, sql, type DatabaseHandle } from "@puente/db";
import { refreshSearchEntries } from "@puente/db/directory";
import { services } from "@puente/db/schema";
import { createUser } from "@puente/db/seed";
import { createTestDatabase } from "@puente/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addService, seedDirectoryFixture, SECRET } from "../testing/directory-fixture";
import { callerFor } from "../testing/test-context";

let handle: DatabaseHandle;
let fixture: Awaited<ReturnType<typeof seedDirectoryFixture>>;
let member: SignedInActor;
let refugeAdmin: SignedInActor;
let moderator: SignedInActor;

beforeAll(async () => {
  handle = await createTestDatabase();
  fixture = await seedDirectoryFixture(handle.db);
  await addService(handle.db, fixture.county.id, { name: "Legal advocacy", terms: ["community-education"], languages: ["es"] }, []);
  await refreshSearchEntries(handle.db, [fixture.county.id]);
  member = (await loadActor(handle.db, (await createUser(handle.db, { email: "typo.reader@example.org" })).id)) as SignedInActor;
  refugeAdmin = (await loadActor(handle.db, fixture.refugeAdmin.id)) as SignedInActor;
  const mod = await createUser(handle.db, { email: "typo.mod@example.org", roles: ["member", "moderator"] });
  moderator = (await loadActor(handle.db, mod.id)) as SignedInActor;
});

afterAll(async () => {
  await handle?.close();
});

const search = (q: string, actor?: SignedInActor) => callerFor(handle, actor).directory.search({ q });
const found = async (q: string, actor?: SignedInActor) => {
  const result = await search(q, actor);
  return { total: result.total, ids: result.results.map((r) => r.serviceId) };
};
const dictionaryHas = async (word: string) =>
  (await queryRows(handle.db, sql`SELECT 1 FROM directory_search_words WHERE word = ${word}`)).length > 0;

describe("misspelled search words are corrected against the documents' words", () => {
  it.each([
    ["hotlin", "hotline"],
    ["advokacy", "advocacy"],
    ["legal advokacy", "legal advocacy"],
    ["inmigracion", "inmigración"],
    ["inmigrasion", "inmigración"],
    ["Esperansa", "Esperanza"],
    ["sobrebivientes", "sobrevivientes"],
  ])("%s finds exactly what %s finds, in the same order", async (typo, word) => {
    const right = await found(word);
    expect(right.total).toBeGreaterThan(0);
    expect(await found(typo)).toEqual(right);
  });

  it("a word close to no document's word finds nothing rather than something random", async () => {
    expect((await found("zzzzqqq")).total).toBe(0);
    expect((await found("xylophone")).total).toBe(0);
    // A right word next to it does not rescue the search: every word must match.
    expect((await found("hotline xylophone")).total).toBe(0);
  });
});

describe("the dictionary follows the listings", () => {
  it("a new service's new word becomes findable with a typo, and stops correcting once the service is gone", async () => {
    expect((await found("quiltting")).total).toBe(0);
    const serviceId = await addService(handle.db, fixture.houston.id, { name: "Quilting circle", terms: [], languages: ["en"] }, []);
    await refreshSearchEntries(handle.db, [fixture.houston.id]);
    expect((await found("quiltting")).ids).toEqual([serviceId]);

    await handle.db.update(services).set({ status: "inactive" }).where(eq(services.id, serviceId));
    await refreshSearchEntries(handle.db, [fixture.houston.id]);
    expect(await dictionaryHas("quilting")).toBe(false);
    expect((await found("quiltting")).total).toBe(0);
  });

  it("a listing edit adds its description's words and removes those it drops, in the edit's transaction", async () => {
    const edit = (description: string) =>
      callerFor(handle, refugeAdmin).directory.edit({ organizationId: fixture.refuge.id, description });
    await edit("Kaleidoscope art groups for children.");
    expect((await found("kaleidoskope")).total).toBeGreaterThan(0);
    await edit("Art groups for children.");
    expect(await dictionaryHas("kaleidoscope")).toBe(false);
    expect((await found("kaleidoskope")).total).toBe(0);
    // Words other listings still use stay: the counts are per entry, not per write.
    expect(await dictionaryHas("hotline")).toBe(true);
  });
  it("concurrent edits of listings that trade words all succeed and leave every word's count true", async () => {
    // Each round, every listing drops its word and takes its neighbour's: without one order of
    // locking, two refreshes wait for each other's word rows (a deadlock, one edit refused).
    const fruit = ["apple", "banana", "cherry", "damson", "elderberry"];
    const orgs = [fixture.refuge, fixture.statewide, fixture.county, fixture.national, fixture.houston];
    for (let round = 0; round < 6; round++) {
      await Promise.all(
        orgs.map((org, i) =>
          callerFor(handle, moderator).directory.edit({
            organizationId: org.id,
            description: `Programs: ${fruit[(i + round) % fruit.length]} round${round}`,
          }),
        ),
      );
    }
    const stored = await queryRows<{ word: string; entries: number }>(handle.db, sql`SELECT word, entries FROM directory_search_words ORDER BY word`);
    const recounted = await queryRows<{ word: string; entries: number }>(
      handle.db,
      sql`SELECT u.lexeme AS word, count(*)::int AS entries FROM directory_search_entries e, unnest(e.document) u GROUP BY u.lexeme ORDER BY 1`,
    );
    expect(stored).toEqual(recounted);
    expect(await dictionaryHas("round0")).toBe(false);
    expect(await dictionaryHas("round5")).toBe(true);
  });
});

describe("confidential text", () => {
  it("a members-only word never enters the dictionary, so no typo of it finds the shelter", async () => {
    // "Hidden" and "secret" are only in the shelter's members-class address.
    expect(SECRET.street).toContain("Hidden");
    expect(SECRET.suite).toContain("SECRET");
    for (const word of ["hidden", "secret"]) expect(await dictionaryHas(word)).toBe(false);
    for (const actor of [undefined, member]) {
      expect((await found("hiddn", actor)).total).toBe(0);
      expect((await found("secrett", actor)).total).toBe(0);
    }
    // The shelter's public words do correct, so the test would see a leak.
    expect((await found("Refujio Esperansa")).total).toBeGreaterThan(0);
  });
});
