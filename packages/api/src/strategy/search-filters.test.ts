import type { DatabaseHandle } from "@puente/db";
import { createTestDatabase } from "@puente/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedStrategyFixture } from "../testing/strategy-fixture";
import { callerFor } from "../testing/test-context";

let handle: DatabaseHandle;
let f: Awaited<ReturnType<typeof seedStrategyFixture>>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedStrategyFixture(handle.db);
  const create = callerFor(handle, f.moderator).strategy.create;
  ids.gwinnett = (
    await create({
      categoryId: f.lawEnforcement,
      title: "Sheriff agreed to stop 287(g) jail screening of victims",
      whatTried:
        "Met the Gwinnett sheriff with three DV programs about victims booked after dual arrests.",
      triedOn: "2025-03-04",
      withWhom: "sheriff",
      outcome: "worked",
      jurisdictions: [{ state: "GA", countyFips: "13135" }],
      programs: ["287g_jail_enforcement"],
      languages: ["en"],
    })
  ).id;
  ids.atlanta = (
    await create({
      categoryId: f.lawEnforcement,
      title: "Police chief meeting on detainers",
      whatTried: "Asked the police department to stop calling ICE after arrests.",
      triedOn: "2024-11-20",
      withWhom: "police",
      outcome: "did_not_work",
      jurisdictions: [{ state: "GA" }],
      programs: ["detainers"],
      languages: ["en"],
    })
  ).id;
  ids.taller = (
    await create({
      categoryId: f.education,
      title: "Taller de conozca sus derechos en la iglesia",
      whatTried: "Organizamos un taller de educación comunitaria con promotoras en español.",
      triedOn: "2025-06-15",
      withWhom: "community",
      outcome: "worked",
      lessons: "Las promotoras de confianza atrajeron a más familias que los volantes.",
      body: "Invitamos a las familias después de la misa.",
      jurisdictions: [{ state: "TX", countyFips: "48201" }],
      programs: ["secure_communities"],
      languages: ["es"],
    })
  ).id;
  const reply = await callerFor(handle, f.moderator).strategy.reply({
    threadId: ids.atlanta,
    body: "We tried a city council resolution instead and it passed.",
  });
  ids.reply = reply.id;
});

afterAll(async () => {
  await handle?.close();
});

const list = async (filters: Record<string, unknown>) =>
  (await callerFor(handle, f.veteran).strategy.list(filters)).threads.map((t) => t.id).sort();
const search = async (input: { q: string } & Record<string, unknown>) =>
  (await callerFor(handle, f.veteran).strategy.search(input)).hits;

describe("listing filters on every structured field", () => {
  it.each([
    [{ state: "GA" }, ["gwinnett", "atlanta"]],
    [{ countyFips: "13135" }, ["gwinnett"]],
    [{ state: "TX" }, ["taller"]],
    [{ program: "detainers" }, ["atlanta"]],
    [{ outcome: "worked" }, ["gwinnett", "taller"]],
    [{ withWhom: "sheriff" }, ["gwinnett"]],
    [{ language: "es" }, ["taller"]],
    [{ from: "2025-01-01" }, ["gwinnett", "taller"]],
    [{ to: "2025-01-01" }, ["atlanta"]],
    [{ from: "2025-03-01", to: "2025-03-31" }, ["gwinnett"]],
    [{ outcome: "worked", withWhom: "sheriff", state: "GA" }, ["gwinnett"]],
    [{ outcome: "mixed" }, []],
  ])("%j", async (filters, expected) => {
    expect(await list(filters)).toEqual(expected.map((k) => ids[k]).sort());
  });

  it("category filter", async () => {
    expect(await list({ categoryId: f.education })).toEqual([ids.taller]);
  });

  it("pages with a cursor without repeating or skipping", async () => {
    const caller = callerFor(handle, f.veteran).strategy;
    const first = await caller.list({ limit: 2 });
    expect(first.threads).toHaveLength(2);
    const second = await caller.list({ limit: 2, cursor: first.nextCursor! });
    const all = [...first.threads, ...second.threads].map((t) => t.id);
    expect(new Set(all).size).toBe(3);
    expect(second.nextCursor).toBeNull();
  });

  it("pages through a period one thread at a time, whichever way the statement selects them", async () => {
    // limit 1: the first page is filled by walking the activity index, the last one is not (the
    // period's threads are then selected by date and sorted), and both give the listing's order.
    const caller = callerFor(handle, f.veteran).strategy;
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await caller.list({ from: "2024-01-01", limit: 1, cursor });
      seen.push(...page.threads.map((t) => t.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor && seen.length < 5);
    const all = (await caller.list({})).threads.map((t) => t.id);
    expect(seen).toEqual(all);
  });

  it("summaries carry the note's fields and tags", async () => {
    const [thread] = (await callerFor(handle, f.veteran).strategy.list({ countyFips: "13135" }))
      .threads;
    expect(thread).toMatchObject({
      outcome: "worked",
      withWhom: "sheriff",
      triedOn: "2025-03-04",
      jurisdictions: [{ state: "GA", countyFips: "13135" }],
      programs: ["287g_jail_enforcement"],
      languages: ["en"],
    });
  });
});

describe("search in English and Spanish", () => {
  it("'what worked with sheriffs in Georgia': stemmed English, with filters", async () => {
    const hits = await search({ q: "sheriffs", state: "GA", outcome: "worked" });
    expect(hits.map((h) => h.thread.id)).toEqual([ids.gwinnett]);
  });

  it("Spanish stems and ignores accents", async () => {
    expect((await search({ q: "educacion comunitaria" })).map((h) => h.thread.id)).toEqual([
      ids.taller,
    ]);
    expect((await search({ q: "promotora" })).map((h) => h.thread.id)).toEqual([ids.taller]);
    expect((await search({ q: "familia", language: "es" })).map((h) => h.thread.id)).toEqual([
      ids.taller,
    ]);
  });

  it("finds replies and names the matching post", async () => {
    const hits = await search({ q: "council resolution" });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ postId: ids.reply, isOpening: false });
    expect(hits[0]!.thread.id).toBe(ids.atlanta);
  });

  it("filters narrow the search", async () => {
    expect(await search({ q: "sheriff police", program: "secure_communities" })).toEqual([]);
    expect((await search({ q: "ICE", withWhom: "police" })).map((h) => h.thread.id)).toEqual([
      ids.atlanta,
    ]);
    expect(await search({ q: "taller", from: "2025-07-01" })).toEqual([]);
  });
});
