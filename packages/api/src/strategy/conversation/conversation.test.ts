import type { DatabaseHandle } from "@puente/db";
import { strategyNotifications } from "@puente/db/schema";
import { demoAccounts } from "@puente/db/seed";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorByEmail, callerFor, rejectionOf, seededDatabase } from "../../testing/test-context";
import { categories, group, person, reply, thread } from "../moderation/test-fixture";
import { announcePost } from "./announce";

let handle: DatabaseHandle;
let categoryIds: string[];

beforeAll(async () => {
  handle = await seededDatabase();
  categoryIds = (await categories(handle.db)).map((c) => c.id);
});
afterAll(() => handle?.close());

const kindsFor = async (userId: string) =>
  (await handle.db.select().from(strategyNotifications).where(eq(strategyNotifications.userId, userId))).map((n) => n.kind).sort();

describe("follows", () => {
  it("follows and unfollows a thread, a category and a jurisdiction, idempotently", async () => {
    const member = await person(handle.db);
    const { thread: t } = await thread(handle.db, await person(handle.db), { categoryId: categoryIds[0]! });
    const caller = callerFor(handle, member).strategy.conversation;
    await caller.follow({ target: "thread", threadId: t.id });
    await caller.follow({ target: "thread", threadId: t.id });
    await caller.follow({ target: "category", categoryId: categoryIds[1]! });
    await caller.follow({ target: "jurisdiction", jurisdiction: { state: "GA", countyFips: "13121" } });
    expect((await caller.follows()).map((f) => f.target).sort()).toEqual(["category", "jurisdiction", "thread"]);
    expect(await caller.followStatus({ threadId: t.id })).toMatchObject({ thread: true, category: false });
    await caller.unfollow({ target: "jurisdiction", jurisdiction: { state: "GA", countyFips: "13121" } });
    await caller.unfollow({ target: "thread", threadId: t.id });
    expect((await caller.follows()).map((f) => f.target)).toEqual(["category"]);
  });

  it("a group thread the member is not in cannot be followed", async () => {
    const author = await person(handle.db);
    const g = await group(handle.db, [author]);
    const { thread: t } = await thread(handle.db, author, { categoryId: categoryIds[0]!, groupId: g.id });
    const refused = await rejectionOf(callerFor(handle, await person(handle.db)).strategy.conversation.follow({ target: "thread", threadId: t.id }));
    expect(refused.code).toBe("NOT_FOUND");
  });
});

describe("notifications for a new post", () => {
  it("one notification per member, the most specific, never to the author or to outsiders of a group", async () => {
    const author = await person(handle.db, { name: "Thread Author" });
    const replier = await person(handle.db, { name: "Replier" });
    const mentioned = await person(handle.db, { name: "María José Núñez" });
    const follower = await person(handle.db);
    const mentionedFollower = await person(handle.db, { name: "Follows And Mentioned" });
    const { thread: t } = await thread(handle.db, author, { categoryId: categoryIds[0]! });
    for (const who of [follower, mentionedFollower, replier]) {
      await callerFor(handle, who).strategy.conversation.follow({ target: "thread", threadId: t.id });
    }
    const post = await reply(handle.db, t.id, replier, "Thanks @maria-jose-nunez and @follows-and-mentioned, see `@thread-author`");
    expect(await announcePost(handle.db, post.id)).toBe(4);
    expect(await kindsFor(author.userId)).toEqual(["reply"]);
    expect(await kindsFor(mentioned.userId)).toEqual(["mention"]);
    expect(await kindsFor(follower.userId)).toEqual(["followed_thread"]);
    expect(await kindsFor(mentionedFollower.userId)).toEqual(["mention"]);
    expect(await kindsFor(replier.userId)).toEqual([]);
  });

  it("a group thread notifies only those who may read it; ambiguous handles notify nobody", async () => {
    const author = await person(handle.db);
    const inside = await person(handle.db, { name: "Inside Member" });
    const outside = await person(handle.db, { name: "Outside Member" });
    await person(handle.db, { name: "Same Name" });
    const twin = await person(handle.db, { name: "Same Name" });
    const g = await group(handle.db, [author, inside]);
    const { opening } = await thread(handle.db, author, {
      categoryId: categoryIds[2]!,
      groupId: g.id,
      body: "cc @inside-member @outside-member @same-name",
    });
    await callerFor(handle, outside).strategy.conversation.follow({ target: "category", categoryId: categoryIds[2]! });
    await announcePost(handle.db, opening.id);
    expect(await kindsFor(inside.userId)).toEqual(["mention"]);
    expect(await kindsFor(outside.userId)).toEqual([]);
    expect(await kindsFor(twin.userId)).toEqual([]);
  });

  it("new threads reach category and jurisdiction followers (a state follow matches its counties)", async () => {
    const byCategory = await person(handle.db);
    const byState = await person(handle.db);
    const otherState = await person(handle.db);
    await callerFor(handle, byCategory).strategy.conversation.follow({ target: "category", categoryId: categoryIds[5]! });
    await callerFor(handle, byState).strategy.conversation.follow({ target: "jurisdiction", jurisdiction: { state: "TX" } });
    await callerFor(handle, otherState).strategy.conversation.follow({ target: "jurisdiction", jurisdiction: { state: "GA" } });
    const { opening } = await thread(handle.db, await person(handle.db), { categoryId: categoryIds[5]!, state: "TX" });
    await announcePost(handle.db, opening.id);
    expect(await kindsFor(byCategory.userId)).toEqual(["followed_category"]);
    expect(await kindsFor(byState.userId)).toEqual(["followed_jurisdiction"]);
    expect(await kindsFor(otherState.userId)).toEqual([]);
  });

  it("nothing is announced for a post waiting for review; approval announces it", async () => {
    const author = await person(handle.db);
    const { thread: t } = await thread(handle.db, author, { categoryId: categoryIds[0]! });
    const newcomer = await person(handle.db);
    const pending = await reply(handle.db, t.id, newcomer, "First reply", "pending_review");
    expect(await announcePost(handle.db, pending.id)).toBe(0);
    const moderator = callerFor(handle, await actorByEmail(handle.db, demoAccounts.moderator));
    await moderator.strategy.moderation.review({ postId: pending.id, decision: "approve" });
    expect(await kindsFor(author.userId)).toEqual(["reply"]);
  });
});

describe("the notification center", () => {
  it("lists, counts and marks read the member's own notifications, leaving out posts they can no longer see", async () => {
    const author = await person(handle.db);
    const { thread: t } = await thread(handle.db, author, { categoryId: categoryIds[0]!, title: "Sheriff meeting in Cobb" });
    const first = await reply(handle.db, t.id, await person(handle.db), "Great **work**");
    const second = await reply(handle.db, t.id, await person(handle.db), "We tried this too");
    await announcePost(handle.db, first.id);
    await announcePost(handle.db, second.id);
    const caller = callerFor(handle, author).strategy.conversation;
    expect(await caller.unreadCount()).toEqual({ unread: 2 });
    const list = await caller.notifications({ limit: 10 });
    expect(list.map((n) => n.excerpt).sort()).toEqual(["Great work", "We tried this too"]);
    expect(list[0]).toMatchObject({ kind: "reply", threadTitle: "Sheriff meeting in Cobb", read: false });

    // A moderator hides one reply: its notification disappears for the thread's author.
    const moderator = callerFor(handle, await actorByEmail(handle.db, demoAccounts.moderator));
    await moderator.strategy.moderation.review({ postId: second.id, decision: "hide", reason: "Duplicate" });
    expect(await caller.unreadCount()).toEqual({ unread: 1 });

    // Someone else cannot mark them read.
    expect(await callerFor(handle, await person(handle.db)).strategy.conversation.markRead({ ids: [list[0]!.id] })).toEqual({ marked: 0 });
    expect(await caller.markRead({})).toEqual({ marked: 2 });
    expect(await caller.unreadCount()).toEqual({ unread: 0 });
  });

  it("tells an author why their post was hidden, without naming the moderator", async () => {
    const author = await person(handle.db);
    const { thread: t } = await thread(handle.db, author, { categoryId: categoryIds[0]! });
    const r = await reply(handle.db, t.id, author);
    const moderator = callerFor(handle, await actorByEmail(handle.db, demoAccounts.moderator));
    await moderator.strategy.moderation.review({ postId: r.id, decision: "hide", reason: "Names a client" });
    const [note] = await callerFor(handle, author).strategy.conversation.notifications({ limit: 5 });
    expect(note).toMatchObject({ kind: "post_hidden", hiddenReason: "Names a client", actorName: null });
  });

  it("keeps the digest preference", async () => {
    const caller = callerFor(handle, await person(handle.db)).strategy.conversation;
    expect(await caller.digest()).toEqual({ digest: "none" });
    await caller.setDigest({ digest: "weekly" });
    expect(await caller.digest()).toEqual({ digest: "weekly" });
  });
});
