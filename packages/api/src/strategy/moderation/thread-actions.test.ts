import type { DatabaseHandle } from "@puente/db";
import { strategyFollows, strategyPosts, strategyThreads, threadJurisdictions, threadLanguages, threadPrograms } from "@puente/db/schema";
import { demoAccounts } from "@puente/db/seed";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorByEmail, callerFor, rejectionOf, seededDatabase } from "../../testing/test-context";
import { categories, group, person, reply, thread } from "./test-fixture";

let handle: DatabaseHandle;
let categoryIds: string[];

beforeAll(async () => {
  handle = await seededDatabase();
  categoryIds = (await categories(handle.db)).map((c) => c.id);
});
afterAll(() => handle?.close());

const moderator = async () => callerFor(handle, await actorByEmail(handle.db, demoAccounts.moderator));
const threadRow = async (id: string) => (await handle.db.select().from(strategyThreads).where(eq(strategyThreads.id, id)))[0]!;

describe("thread actions", () => {
  it("pins, locks and moves a thread, each logged", async () => {
    const { thread: t } = await thread(handle.db, await person(handle.db), { categoryId: categoryIds[0]! });
    const mod = await moderator();
    await mod.strategy.moderation.pin({ threadId: t.id, on: true });
    await mod.strategy.moderation.lock({ threadId: t.id, on: true, reason: "Resolved" });
    await mod.strategy.moderation.move({ threadId: t.id, categoryId: categoryIds[4]!, reason: "Better fit" });
    expect(await threadRow(t.id)).toMatchObject({ pinned: true, locked: true, categoryId: categoryIds[4] });
    expect((await rejectionOf(mod.strategy.moderation.move({ threadId: t.id, categoryId: categoryIds[4]! }))).message).toBe(
      "strategyModeration.errors.sameCategory",
    );
    const log = await mod.strategy.moderation.log({ limit: 3 });
    expect(log.map((e) => e.action).sort()).toEqual(["lock", "move", "pin"]);
  });

  it("merges a thread's posts and followers into another with the same audience", async () => {
    const author = await person(handle.db);
    const source = await thread(handle.db, author, { categoryId: categoryIds[0]! });
    const target = await thread(handle.db, author, { categoryId: categoryIds[0]! });
    await reply(handle.db, source.thread.id, author);
    const follower = await person(handle.db);
    await handle.db.insert(strategyFollows).values({ userId: follower.userId, targetKind: "thread", threadId: source.thread.id });
    const result = await (await moderator()).strategy.moderation.merge({ threadId: source.thread.id, intoThreadId: target.thread.id });
    expect(result.movedPosts).toBe(2);
    const posts = await handle.db.select().from(strategyPosts).where(eq(strategyPosts.threadId, target.thread.id));
    expect(posts.filter((p) => p.isOpening)).toHaveLength(1);
    expect((await threadRow(target.thread.id)).replyCount).toBe(2);
    expect((await threadRow(source.thread.id)).mergedIntoId).toBe(target.thread.id);
    const follows = await handle.db.select().from(strategyFollows).where(eq(strategyFollows.threadId, target.thread.id));
    expect(follows.map((f) => f.userId)).toContain(follower.userId);
    const again = await rejectionOf((await moderator()).strategy.moderation.merge({ threadId: source.thread.id, intoThreadId: target.thread.id }));
    expect(again.message).toBe("strategyModeration.errors.alreadyMerged");
  });

  it("never merges a group thread into a network thread", async () => {
    const author = await person(handle.db);
    const g = await group(handle.db, [author]);
    const inGroup = await thread(handle.db, author, { categoryId: categoryIds[0]!, groupId: g.id });
    const network = await thread(handle.db, author, { categoryId: categoryIds[0]! });
    const refused = await rejectionOf(
      (await moderator()).strategy.moderation.merge({ threadId: inGroup.thread.id, intoThreadId: network.thread.id }),
    );
    expect(refused.message).toBe("strategyModeration.errors.mergeAudience");
    expect(await handle.db.select().from(strategyPosts).where(eq(strategyPosts.threadId, network.thread.id))).toHaveLength(1);
  });

  it("replaces tags, refusing unknown ones", async () => {
    const { thread: t } = await thread(handle.db, await person(handle.db), { categoryId: categoryIds[0]! });
    const mod = await moderator();
    await mod.strategy.moderation.editTags({
      threadId: t.id,
      jurisdictions: [{ state: "TX" }, { state: "GA", countyFips: "13121" }],
      programs: ["detainers"],
      languages: ["es"],
    });
    const places = await handle.db.select().from(threadJurisdictions).where(eq(threadJurisdictions.threadId, t.id));
    expect(places.map((p) => `${p.state}:${p.countyFips ?? ""}`).sort()).toEqual(["GA:13121", "TX:"]);
    expect(await handle.db.select().from(threadPrograms).where(eq(threadPrograms.threadId, t.id))).toMatchObject([{ program: "detainers" }]);
    expect(await handle.db.select().from(threadLanguages).where(eq(threadLanguages.threadId, t.id))).toMatchObject([{ language: "es" }]);
    const bad = await rejectionOf(mod.strategy.moderation.editTags({ threadId: t.id, jurisdictions: [{ state: "ZZ" }] }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(await handle.db.select().from(threadJurisdictions).where(eq(threadJurisdictions.threadId, t.id))).toHaveLength(2);
  });
});
