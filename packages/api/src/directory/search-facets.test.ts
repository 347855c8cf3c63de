import { visitor } from "@puente/auth/actor";
import type { DatabaseHandle } from "@puente/db";
import { seedScale } from "@puente/db/seed";
import { createTestDatabase } from "@puente/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchDirectory } from "./search";
import { searchInput, type SearchInput } from "./search-input";

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedScale(handle.db, 150);
}, 120_000);

afterAll(async () => {
  await handle?.close();
});

const search = (input: Partial<SearchInput>) => searchDirectory(handle.db, visitor, searchInput.parse(input), "en");

const searches: Array<Partial<SearchInput>> = [
  {},
  { languages: ["es"], services: ["legal-advocacy"] },
  { place: "Texas", radius: "state", kinds: ["dv_program", "dual_dv_sa"] },
  { place: "30303", radius: 200, populations: ["immigrants"], acceptsReferrals: true },
  { q: "legal", verified: true, languages: ["es", "vi"] },
];

/**
 * A count beside a filter value promises how many results the reader gets by choosing that
 * value instead of the facet's current choice: each is checked against the total of that search.
 */
describe("facet counts", () => {
  it.each(searches)("each count is the total of the search with that value chosen: %j", async (input) => {
    const { facets, total } = await search(input);
    expect(total).toBeGreaterThan(0);
    const checks: Array<[Partial<SearchInput>, number]> = [
      ...facets.services.map((f): [Partial<SearchInput>, number] => [{ services: [f.value] }, f.count]),
      ...facets.languages.map((f): [Partial<SearchInput>, number] => [{ languages: [f.value] }, f.count]),
      ...facets.populations.map((f): [Partial<SearchInput>, number] => [{ populations: [f.value as never] }, f.count]),
      ...facets.kinds.map((f): [Partial<SearchInput>, number] => [{ kinds: [f.value as never] }, f.count]),
      [{ acceptsReferrals: true }, facets.acceptsReferrals],
      [{ verified: true }, facets.verified],
    ];
    expect(facets.languages.length).toBeGreaterThan(1);
    expect(facets.kinds.length).toBeGreaterThan(1);
    for (const [choice, count] of checks) {
      expect((await search({ ...input, ...choice })).total, JSON.stringify(choice)).toBe(count);
    }
  });

  it("leaves out values no result has and lists the most frequent first", async () => {
    const { facets } = await search({ place: "Texas", radius: "state" });
    for (const list of [facets.services, facets.languages, facets.populations, facets.kinds]) {
      expect(list.every((f) => f.count > 0)).toBe(true);
      expect(list.map((f) => f.count)).toEqual([...list.map((f) => f.count)].sort((a, b) => b - a));
    }
    const listed = new Set(facets.languages.map((f) => f.value));
    const absent = ["es", "en", "vi", "zh", "ko", "ar", "fr", "ht", "ru", "pt"].find((code) => !listed.has(code));
    expect(absent).toBeDefined();
    expect((await search({ place: "Texas", radius: "state", languages: [absent!] })).total).toBe(0);
  });
});
