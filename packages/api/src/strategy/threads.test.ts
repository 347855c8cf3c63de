import type { SignedInActor } from "@puente/auth/actor";
import type { DatabaseHandle } from "@puente/db";
import { createTestDatabase } from "@puente/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedStrategyFixture } from "../testing/strategy-fixture";
import { callerFor, rejectionOf } from "../testing/test-context";
import { refreshThreadActivity } from "./posting-rules";

let handle: DatabaseHandle;
let f: Awaited<ReturnType<typeof seedStrategyFixture>>;

const note = (overrides: Record<string, unknown> = {}) => ({
  categoryId: f.lawEnforcement,
  title: "Meeting the sheriff about detainers",
  whatTried: "Asked the sheriff to stop honoring detainers without a judicial warrant.",
  triedOn: "2025-09-10",
  withWhom: "sheriff" as const,
  outcome: "worked" as const,
  lessons: "Bring survivors' stories, de-identified.",
  body: "We brought **three** programs.",
  jurisdictions: [{ state: "GA", countyFips: "13135" }],
  programs: ["detainers" as const],
  languages: ["en"],
  ...overrides,
});

const create = (actor: SignedInActor, overrides: Record<string, unknown> = {}) =>
  callerFor(handle, actor).strategy.create(note(overrides));

beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedStrategyFixture(handle.db);
  const first = await create(f.veteran, { title: "Veteran's first" });
  expect(first.status).toBe("pending_review");
  // The veteran's first thread, approved as the review queue would.
  await handle.db.execute(
    sql`UPDATE strategy_threads SET status = 'published' WHERE id = ${first.id}`,
  );
  await handle.db.execute(
    sql`UPDATE strategy_posts SET status = 'published' WHERE thread_id = ${first.id}`,
  );
});

afterAll(async () => {
  await handle?.close();
});

describe("first posts of new members wait for review", () => {
  it("a newcomer's thread is pending, visible to its author and moderators only", async () => {
    const thread = await create(f.newcomer, { title: "Newcomer's pending note" });
    expect(thread.status).toBe("pending_review");
    const own = await callerFor(handle, f.newcomer).strategy.list({});
    expect(own.threads.map((t) => t.id)).toContain(thread.id);
    const others = await callerFor(handle, f.veteran).strategy.list({});
    expect(others.threads.map((t) => t.id)).not.toContain(thread.id);
    expect(
      (await rejectionOf(callerFor(handle, f.veteran).strategy.byId({ threadId: thread.id }))).code,
    ).toBe("NOT_FOUND");
    const modView = await callerFor(handle, f.moderator).strategy.byId({ threadId: thread.id });
    expect(modView.thread.status).toBe("pending_review");
  });

  it("a member with a published post and a moderator publish at once", async () => {
    expect((await create(f.veteran)).status).toBe("published");
    expect((await create(f.moderator)).status).toBe("published");
  });
});

describe("group threads", () => {
  let groupThread: string;
  beforeAll(async () => {
    groupThread = (
      await create(f.moderator, {
        visibility: "group",
        groupId: f.group.id,
        title: "Coalition only",
      })
    ).id;
  });

  it("are read by the group's members and moderators and platform moderators only", async () => {
    for (const reader of [f.groupMember, f.groupModerator, f.moderator, f.admin]) {
      const list = await callerFor(handle, reader).strategy.list({});
      expect(
        list.threads.map((t) => t.id),
        reader.email,
      ).toContain(groupThread);
      await callerFor(handle, reader).strategy.byId({ threadId: groupThread });
    }
    const outside = await callerFor(handle, f.outsider).strategy.list({});
    expect(outside.threads.map((t) => t.id)).not.toContain(groupThread);
    expect(
      (await rejectionOf(callerFor(handle, f.outsider).strategy.byId({ threadId: groupThread })))
        .code,
    ).toBe("NOT_FOUND");
    const search = await callerFor(handle, f.outsider).strategy.search({ q: "coalition" });
    expect(search.hits.map((h) => h.thread.id)).not.toContain(groupThread);
    const reply = await rejectionOf(
      callerFor(handle, f.outsider).strategy.reply({ threadId: groupThread, body: "Hi" }),
    );
    expect(reply.code).toBe("NOT_FOUND");
  });

  it("refuses posting to a group one does not belong to", async () => {
    const error = await rejectionOf(
      create(f.outsider, { visibility: "group", groupId: f.group.id }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect((error as { key?: string }).key).toBe("strategy.errors.notInGroup");
  });
});

describe("replies, quotes, edits and reactions", () => {
  let threadId: string;
  let openingId: string;
  beforeAll(async () => {
    threadId = (await create(f.veteran, { title: "Replies here" })).id;
    openingId = (await callerFor(handle, f.veteran).strategy.byId({ threadId })).posts[0]!.id;
  });

  it("a reply quotes a visible post and counts once published", async () => {
    const reply = await callerFor(handle, f.moderator).strategy.reply({
      threadId,
      body: "Same in Cobb.",
      quotedPostId: openingId,
    });
    expect(reply.status).toBe("published");
    const view = await callerFor(handle, f.veteran).strategy.byId({ threadId });
    expect(view.thread.replyCount).toBe(1);
    expect(view.posts[1]).toMatchObject({ body: "Same in Cobb.", quotedPostId: openingId });
  });

  it("a newcomer's pending reply is seen by its author only and not counted", async () => {
    const pending = await callerFor(handle, f.newcomer).strategy.reply({
      threadId,
      body: "My first reply",
    });
    expect(pending.status).toBe("pending_review");
    const mine = await callerFor(handle, f.newcomer).strategy.byId({ threadId });
    expect(mine.posts.map((p) => p.id)).toContain(pending.id);
    const theirs = await callerFor(handle, f.veteran).strategy.byId({ threadId });
    expect(theirs.posts.map((p) => p.id)).not.toContain(pending.id);
    expect(theirs.thread.replyCount).toBe(1);
    const quote = await rejectionOf(
      callerFor(handle, f.veteran).strategy.reply({
        threadId,
        body: "Quoting",
        quotedPostId: pending.id,
      }),
    );
    expect((quote as { key?: string }).key).toBe("strategy.errors.unknownQuote");
    const react = await rejectionOf(
      callerFor(handle, f.veteran).strategy.react({
        postId: pending.id,
        kind: "helpful",
        on: true,
      }),
    );
    expect(react.code).toBe("NOT_FOUND");
  });

  it("a hidden post disappears for others (search included) and stays for its author with the reason", async () => {
    const post = await callerFor(handle, f.moderator).strategy.reply({
      threadId,
      body: "Zanzibar is a word only this post has",
    });
    expect(
      (await callerFor(handle, f.veteran).strategy.search({ q: "zanzibar" })).hits.map(
        (h) => h.postId,
      ),
    ).toEqual([post.id]);
    // As the review queue hides a post: status, reason and the thread's counts and search in one go.
    await handle.db.transaction(async (tx) => {
      await tx.execute(
        sql`UPDATE strategy_posts SET status = 'hidden', hidden_reason = 'Names a survivor' WHERE id = ${post.id}`,
      );
      await refreshThreadActivity(tx, threadId);
    });
    const other = await callerFor(handle, f.veteran).strategy.byId({ threadId });
    expect(other.posts.map((p) => p.id)).not.toContain(post.id);
    expect((await callerFor(handle, f.veteran).strategy.search({ q: "zanzibar" })).hits).toEqual(
      [],
    );
    const own = await callerFor(handle, f.moderator).strategy.byId({ threadId });
    expect(own.posts.find((p) => p.id === post.id)).toMatchObject({
      status: "hidden",
      hiddenReason: "Names a survivor",
    });
  });

  it("edits keep the earlier text as a revision; only the author edits", async () => {
    const other = await rejectionOf(
      callerFor(handle, f.moderator).strategy.edit({ postId: openingId, body: "Hijack" }),
    );
    expect((other as { key?: string }).key).toBe("strategy.errors.notAuthor");
    await callerFor(handle, f.veteran).strategy.edit({
      postId: openingId,
      body: "We brought **four** programs.",
    });
    const revisions = await callerFor(handle, f.groupMember).strategy.revisions({
      postId: openingId,
    });
    expect(revisions.map((r) => r.body)).toEqual(["We brought **three** programs."]);
    const view = await callerFor(handle, f.groupMember).strategy.byId({ threadId });
    expect(view.posts[0]).toMatchObject({ body: "We brought **four** programs.", revisions: 1 });
    expect(view.posts[0]!.editedAt).toBeInstanceOf(Date);
  });

  it("reactions toggle, once per member and kind", async () => {
    const caller = callerFor(handle, f.groupMember).strategy;
    await caller.react({ postId: openingId, kind: "helpful", on: true });
    expect(await caller.react({ postId: openingId, kind: "helpful", on: true })).toEqual({
      helpful: 1,
      triedToo: 0,
    });
    expect(await caller.react({ postId: openingId, kind: "tried_too", on: true })).toEqual({
      helpful: 1,
      triedToo: 1,
    });
    expect(await caller.react({ postId: openingId, kind: "helpful", on: false })).toEqual({
      helpful: 0,
      triedToo: 1,
    });
    const view = await caller.byId({ threadId });
    expect(view.posts[0]!.myReactions).toEqual(["tried_too"]);
  });

  it("a locked thread refuses replies", async () => {
    await handle.db.execute(sql`UPDATE strategy_threads SET locked = true WHERE id = ${threadId}`);
    const error = await rejectionOf(
      callerFor(handle, f.veteran).strategy.reply({ threadId, body: "Too late" }),
    );
    expect((error as { key?: string }).key).toBe("strategy.errors.threadLocked");
    expect((await callerFor(handle, f.veteran).strategy.byId({ threadId })).canReply).toBe(false);
  });
});
