import type { DatabaseHandle } from "@puente/db";
import { auditEvents, strategyFlags, strategyNotifications, strategyPosts, strategyThreads } from "@puente/db/schema";
import { demoAccounts } from "@puente/db/seed";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorByEmail, callerFor, rejectionOf, seededDatabase } from "../../testing/test-context";
import { categories, group, makeCategoryModerator, person, reply, thread } from "./test-fixture";

let handle: DatabaseHandle;
let categoryIds: string[];

beforeAll(async () => {
  handle = await seededDatabase();
  categoryIds = (await categories(handle.db)).map((c) => c.id);
});
afterAll(() => handle?.close());

const moderator = () => actorByEmail(handle.db, demoAccounts.moderator);
const post = async (id: string) => (await handle.db.select().from(strategyPosts).where(eq(strategyPosts.id, id)))[0]!;

describe("the review queue", () => {
  it("lists a new member's pending post; approving publishes it and its thread, tells the author, logs and audits", async () => {
    const author = await person(handle.db);
    const { thread: t, opening } = await thread(handle.db, author, { categoryId: categoryIds[0]!, status: "pending_review" });
    const mod = callerFor(handle, await moderator());
    const queue = await mod.strategy.moderation.queue({ kind: "pending" });
    expect(queue.find((item) => item.postId === opening.id)).toMatchObject({ threadId: t.id, status: "pending_review", isOpening: true });

    const result = await mod.strategy.moderation.review({ postId: opening.id, decision: "approve" });
    expect(result.status).toBe("published");
    expect((await post(opening.id)).status).toBe("published");
    expect((await handle.db.select().from(strategyThreads).where(eq(strategyThreads.id, t.id)))[0]!.status).toBe("published");
    expect((await mod.strategy.moderation.queue({ kind: "pending" })).some((item) => item.postId === opening.id)).toBe(false);
    const notes = await handle.db.select().from(strategyNotifications).where(eq(strategyNotifications.userId, author.userId));
    expect(notes.map((n) => n.kind)).toEqual(["post_approved"]);
    const log = await mod.strategy.moderation.log({ limit: 5 });
    expect(log[0]).toMatchObject({ action: "approve", targetKind: "post", targetId: opening.id, threadId: t.id });
    const audit = await handle.db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, opening.id), eq(auditEvents.action, "strategy.moderated")));
    expect(audit[0]!.details).toMatchObject({ action: "approve", from: "pending_review", to: "published" });
  });

  it("hide and reject need a reason the author sees; restore clears it and resolves the flags", async () => {
    const author = await person(handle.db);
    const { thread: t } = await thread(handle.db, author, { categoryId: categoryIds[0]! });
    const r = await reply(handle.db, t.id, author);
    const mod = callerFor(handle, await moderator());
    const noReason = await rejectionOf(mod.strategy.moderation.review({ postId: r.id, decision: "hide" }));
    expect(noReason.code).toBe("BAD_REQUEST");

    await callerFor(handle, await person(handle.db)).strategy.moderation.flag({ postId: r.id, reason: "spam" });
    expect((await mod.strategy.moderation.queue({ kind: "flagged" })).find((i) => i.postId === r.id)?.flags).toMatchObject([{ reason: "spam" }]);
    await mod.strategy.moderation.review({ postId: r.id, decision: "hide", reason: "Off topic for this thread" });
    expect(await post(r.id)).toMatchObject({ status: "hidden", hiddenReason: "Off topic for this thread" });
    expect((await handle.db.select().from(strategyThreads).where(eq(strategyThreads.id, t.id)))[0]!.replyCount).toBe(0);

    await mod.strategy.moderation.review({ postId: r.id, decision: "restore" });
    expect(await post(r.id)).toMatchObject({ status: "published", hiddenReason: null });
    expect((await handle.db.select().from(strategyThreads).where(eq(strategyThreads.id, t.id)))[0]!.replyCount).toBe(1);
    const open = (await handle.db.select().from(strategyFlags).where(eq(strategyFlags.postId, r.id))).filter((f) => !f.resolvedAt);
    expect(open).toEqual([]);
    expect((await mod.strategy.moderation.queue({ kind: "all" })).some((i) => i.postId === r.id)).toBe(false);
  });

  it("refuses a decision that does not fit the post's status", async () => {
    const author = await person(handle.db);
    const { opening } = await thread(handle.db, author, { categoryId: categoryIds[0]! });
    const mod = callerFor(handle, await moderator());
    expect((await rejectionOf(mod.strategy.moderation.review({ postId: opening.id, decision: "approve" }))).code).toBe("CONFLICT");
    expect((await rejectionOf(mod.strategy.moderation.review({ postId: opening.id, decision: "restore" }))).code).toBe("CONFLICT");
    const reject = await rejectionOf(mod.strategy.moderation.review({ postId: opening.id, decision: "reject", reason: "x" }));
    expect(reject.message).toBe("strategyModeration.errors.wrongStatus");
    expect((await post(opening.id)).status).toBe("published");
  });

  it("keeping a flagged post resolves its flags and leaves it published", async () => {
    const author = await person(handle.db);
    const { thread: t } = await thread(handle.db, author, { categoryId: categoryIds[0]! });
    const r = await reply(handle.db, t.id, author);
    await callerFor(handle, await person(handle.db)).strategy.moderation.flag({ postId: r.id, reason: "off_topic" });
    const mod = callerFor(handle, await moderator());
    await mod.strategy.moderation.review({ postId: r.id, decision: "keep" });
    expect((await post(r.id)).status).toBe("published");
    expect((await mod.strategy.moderation.queue({ kind: "flagged" })).some((i) => i.postId === r.id)).toBe(false);
  });

  it("puts posts flagged as identifying a survivor first", async () => {
    const author = await person(handle.db);
    const { thread: t } = await thread(handle.db, author, { categoryId: categoryIds[0]! });
    const r = await reply(handle.db, t.id, author);
    await callerFor(handle, await person(handle.db)).strategy.moderation.flag({ postId: r.id, reason: "identifies_survivor" });
    const [first] = await callerFor(handle, await moderator()).strategy.moderation.queue({ kind: "all" });
    expect(first).toMatchObject({ postId: r.id, status: "hidden", flags: [{ reason: "identifies_survivor" }] });
  });
});

describe("scope of category and group moderators", () => {
  it("a category moderator reviews in their category only, and not the group threads filed in it", async () => {
    const catMod = await person(handle.db);
    await makeCategoryModerator(handle.db, categoryIds[1]!, catMod);
    const author = await person(handle.db);
    const mine = await thread(handle.db, author, { categoryId: categoryIds[1]!, status: "pending_review" });
    const other = await thread(handle.db, author, { categoryId: categoryIds[2]!, status: "pending_review" });
    const g = await group(handle.db, [author]);
    const inGroup = await thread(handle.db, author, { categoryId: categoryIds[1]!, groupId: g.id, status: "pending_review" });
    const caller = callerFor(handle, catMod);

    const queue = (await caller.strategy.moderation.queue({ kind: "pending" })).map((i) => i.postId);
    expect(queue).toContain(mine.opening.id);
    expect(queue).not.toContain(other.opening.id);
    expect(queue).not.toContain(inGroup.opening.id);
    await caller.strategy.moderation.review({ postId: mine.opening.id, decision: "approve" });
    for (const outside of [other.opening.id, inGroup.opening.id]) {
      const refused = await rejectionOf(caller.strategy.moderation.review({ postId: outside, decision: "approve" }));
      expect(refused.message).toBe("strategyModeration.errors.outOfScope");
    }
    // Moving a thread out of their category needs the target category too.
    const moved = await rejectionOf(caller.strategy.moderation.move({ threadId: mine.thread.id, categoryId: categoryIds[2]! }));
    expect(moved.message).toBe("strategyModeration.errors.outOfScope");
    // Their log shows what happened in their scope only.
    const log = await caller.strategy.moderation.log({ limit: 50 });
    expect(log.length).toBeGreaterThan(0);
    expect(log.every((entry) => entry.threadId === mine.thread.id)).toBe(true);
  });

  it("a group moderator reviews and locks the group's threads only", async () => {
    const groupMod = await person(handle.db);
    const author = await person(handle.db);
    const g = await group(handle.db, [author], [groupMod]);
    const inGroup = await thread(handle.db, author, { categoryId: categoryIds[0]!, groupId: g.id });
    const network = await thread(handle.db, author, { categoryId: categoryIds[0]! });
    const caller = callerFor(handle, groupMod);
    await caller.strategy.moderation.lock({ threadId: inGroup.thread.id, on: true, reason: "Settled" });
    expect((await handle.db.select().from(strategyThreads).where(eq(strategyThreads.id, inGroup.thread.id)))[0]!.locked).toBe(true);
    const refused = await rejectionOf(caller.strategy.moderation.lock({ threadId: network.thread.id, on: true }));
    expect(refused.message).toBe("strategyModeration.errors.outOfScope");
    expect(await caller.strategy.moderation.scope()).toMatchObject({ national: false, groupIds: [g.id], categoryIds: [] });
  });

  it("a member who moderates nothing gets a clear refusal from every moderator procedure", async () => {
    const member = callerFor(handle, await person(handle.db));
    expect((await rejectionOf(member.strategy.moderation.queue({ kind: "all" }))).message).toBe("strategyModeration.errors.notModerator");
    expect((await rejectionOf(member.strategy.moderation.log({ limit: 5 }))).message).toBe("strategyModeration.errors.notModerator");
    const { opening } = await thread(handle.db, await person(handle.db), { categoryId: categoryIds[0]!, status: "pending_review" });
    expect((await rejectionOf(member.strategy.moderation.review({ postId: opening.id, decision: "approve" }))).message).toBe(
      "strategyModeration.errors.outOfScope",
    );
  });
});
