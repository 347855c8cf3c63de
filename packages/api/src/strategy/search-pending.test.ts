import type { SignedInActor } from "@puente/auth/actor";
import type { DatabaseHandle } from "@puente/db";
import { createTestDatabase } from "@puente/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedStrategyFixture } from "../testing/strategy-fixture";
import { callerFor } from "../testing/test-context";
import { refreshThreadActivity } from "./posting-rules";

let handle: DatabaseHandle;
let f: Awaited<ReturnType<typeof seedStrategyFixture>>;
// Filled by beforeAll: the published thread, the pending reply in it, and the pending thread.
const ids = {} as { published: string; reply: string; thread: string };

beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedStrategyFixture(handle.db);
  ids.published = (
    await callerFor(handle, f.moderator).strategy.create({
      categoryId: f.lawEnforcement,
      title: "Courthouse accompaniment with the sheriff's victim unit",
      whatTried:
        "Asked the sheriff's victim unit to accompany survivors to protective-order hearings.",
      triedOn: "2025-02-11",
      withWhom: "sheriff",
      outcome: "mixed",
      jurisdictions: [{ state: "GA", countyFips: "13135" }],
      programs: [],
      languages: ["en"],
    })
  ).id;
  // The newcomer's first posts wait for review: a reply in a published thread and a new thread.
  const reply = await callerFor(handle, f.newcomer).strategy.reply({
    threadId: ids.published,
    body: "In Hall County the marimba workshop drew families the flyers never reached.",
  });
  expect(reply.status).toBe("pending_review");
  ids.reply = reply.id;
  const thread = await callerFor(handle, f.newcomer).strategy.create({
    categoryId: f.education,
    title: "Know-your-rights night at the library",
    whatTried: "A know-your-rights night with a pro bono attorney.",
    triedOn: "2025-05-02",
    withWhom: "community",
    outcome: "worked",
    body: "We served tamales and the xylophone ensemble played while people waited.",
    jurisdictions: [{ state: "TX" }],
    programs: [],
    languages: ["es"],
  });
  expect(thread.status).toBe("pending_review");
  ids.thread = thread.id;
});

afterAll(async () => {
  await handle?.close();
});

const search = async (actor: SignedInActor, input: { q: string } & Record<string, unknown>) =>
  (await callerFor(handle, actor).strategy.search(input)).hits;

describe("search finds the reader's own posts waiting for review, and nobody else's", () => {
  it("the author finds a pending reply in a published thread, marked as pending", async () => {
    const hits = await search(f.newcomer, { q: "marimba" });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ postId: ids.reply, isOpening: false, pending: true });
    expect(hits[0]!.thread).toMatchObject({ id: ids.published, status: "published" });
  });

  it("the author finds the body of a pending note, marked as pending", async () => {
    const hits = await search(f.newcomer, { q: "xylophone tamales" });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ isOpening: true, pending: true });
    expect(hits[0]!.thread).toMatchObject({ id: ids.thread, status: "pending_review" });
  });

  it("the filters still apply to the author's pending posts", async () => {
    expect(await search(f.newcomer, { q: "marimba", state: "TX" })).toEqual([]);
    expect(await search(f.newcomer, { q: "xylophone", outcome: "did_not_work" })).toEqual([]);
    expect((await search(f.newcomer, { q: "xylophone", language: "es" })).length).toBe(1);
  });

  it("other members and moderators do not find them (the listing does not show them either)", async () => {
    for (const reader of [f.veteran, f.moderator, f.admin, f.groupMember]) {
      expect(await search(reader, { q: "marimba" })).toEqual([]);
      expect(await search(reader, { q: "xylophone" })).toEqual([]);
    }
  });

  it("published text found by the author is not marked", async () => {
    const hits = await search(f.newcomer, { q: "protective-order hearings" });
    expect(hits.map((h) => [h.thread.id, h.pending])).toEqual([[ids.published, false]]);
  });

  it("once approved, everyone finds the reply and nobody sees it as pending", async () => {
    // As the review queue approves a post: status, then the thread's counts and search document.
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`UPDATE strategy_posts SET status = 'published' WHERE id = ${ids.reply}`);
      await refreshThreadActivity(tx, ids.published);
    });
    for (const reader of [f.newcomer, f.veteran]) {
      const hits = await search(reader, { q: "marimba" });
      expect(hits.map((h) => [h.postId, h.pending])).toEqual([[ids.reply, false]]);
    }
  });
});

describe("a search excerpt comes from what search matches: published posts and the reader's own pending ones", () => {
  it("the author's own hidden reply is never the excerpt, though they can still read it in the thread", async () => {
    // Two replies say "bailiff": a published one, and the moderator's own, the better match.
    const published = await callerFor(handle, f.admin).strategy.reply({
      threadId: ids.published,
      body: "Ask the bailiff where survivors can wait.",
    });
    const reply = await callerFor(handle, f.moderator).strategy.reply({
      threadId: ids.published,
      body: "The bailiff read out the survivor's street; the bailiff did it twice, the bailiff laughed.",
    });
    expect([published.status, reply.status]).toEqual(["published", "published"]);
    expect((await search(f.moderator, { q: "bailiff" })).map((h) => h.postId)).toEqual([reply.id]);
    // As the review queue hides a post: status, then the thread's counts and search document.
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`UPDATE strategy_posts SET status = 'hidden' WHERE id = ${reply.id}`);
      await refreshThreadActivity(tx, ids.published);
    });
    // The thread still matches through the published reply, and that is the excerpt.
    const hits = await search(f.moderator, { q: "bailiff" });
    expect(hits.map((h) => [h.thread.id, h.postId, h.pending])).toEqual([[ids.published, published.id, false]]);
    expect(hits[0]!.excerpt).not.toContain("laughed");
  });
});
