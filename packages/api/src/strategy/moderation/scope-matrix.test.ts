import type { SignedInActor } from "@puente/auth/actor";
import type { DatabaseHandle } from "@puente/db";
import { createTestDatabase } from "@puente/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../../testing/test-context";
import { categories, group, makeCategoryModerator, person, reply, thread } from "./test-fixture";

/**
 * Every moderation procedure against a network thread in category A, for each kind of member:
 * who is let through (the domain answers) and who is refused, and with which message. The tier
 * walk (access.test.ts) proves the member tier; this proves the scope inside it.
 */
let handle: DatabaseHandle;
const actors = {} as Record<"plain" | "categoryModA" | "categoryModB" | "groupMod" | "national" | "admin", SignedInActor>;
let categoryA: string;
let categoryB: string;

beforeAll(async () => {
  // No demo data: this file makes every person it needs, so it stays fast.
  handle = await createTestDatabase();
  const all = await categories(handle.db);
  categoryA = all[0]!.id;
  categoryB = all[1]!.id;
  actors.plain = await person(handle.db);
  actors.categoryModA = await person(handle.db);
  actors.categoryModB = await person(handle.db);
  actors.groupMod = await person(handle.db);
  await makeCategoryModerator(handle.db, categoryA, actors.categoryModA);
  await makeCategoryModerator(handle.db, categoryB, actors.categoryModB);
  await group(handle.db, [], [actors.groupMod]);
  actors.national = await person(handle.db, { roles: ["member", "moderator"] });
  actors.admin = await person(handle.db, { roles: ["member", "moderator", "admin"] });
});
afterAll(() => handle?.close());

type Call = (caller: ReturnType<typeof callerFor>, ids: { threadId: string; postId: string; authorId: string; otherThreadId: string }) => Promise<unknown>;

const procedures: Record<string, Call> = {
  review: (c, ids) => c.strategy.moderation.review({ postId: ids.postId, decision: "hide", reason: "Matrix" }),
  lock: (c, ids) => c.strategy.moderation.lock({ threadId: ids.threadId, on: true }),
  pin: (c, ids) => c.strategy.moderation.pin({ threadId: ids.threadId, on: true }),
  move: (c, ids) => c.strategy.moderation.move({ threadId: ids.threadId, categoryId: categoryA }),
  merge: (c, ids) => c.strategy.moderation.merge({ threadId: ids.otherThreadId, intoThreadId: ids.threadId }),
  editTags: (c, ids) => c.strategy.moderation.editTags({ threadId: ids.threadId, jurisdictions: [{ state: "NM" }] }),
  sanction: (c, ids) => c.strategy.moderation.sanction({ userId: ids.authorId, kind: "warn", reason: "Matrix" }),
  queue: (c) => c.strategy.moderation.queue({ kind: "all" }),
  log: (c) => c.strategy.moderation.log({ limit: 5 }),
};

/** The message each member kind gets from each procedure, or "ok". */
const expected: Record<keyof typeof actors, string | Record<string, string>> = {
  plain: { queue: "notModerator", log: "notModerator", sanction: "notModerator", default: "outOfScope" },
  // Category A moderators act on category A threads; "move" to category A itself is refused as a no-op.
  categoryModA: { move: "ok-or-same", default: "ok" },
  categoryModB: { queue: "ok", log: "ok", default: "outOfScope" },
  groupMod: { queue: "ok", log: "ok", default: "outOfScope" },
  national: { move: "ok-or-same", default: "ok" },
  admin: { move: "ok-or-same", default: "ok" },
};

async function outcome(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "ok";
  } catch (error) {
    return String((error as Error).message).replace("strategyModeration.errors.", "");
  }
}

describe("moderation scope, procedure by member kind", () => {
  for (const kind of Object.keys(expected) as Array<keyof typeof actors>) {
    it(`${kind}`, async () => {
      const results: Record<string, string> = {};
      for (const [name, call] of Object.entries(procedures)) {
        // Fresh targets per call: a decision made once cannot be made again.
        const author = await person(handle.db);
        const { thread: t } = await thread(handle.db, author, { categoryId: categoryA });
        const { thread: other } = await thread(handle.db, author, { categoryId: categoryA });
        const post = await reply(handle.db, t.id, author);
        const result = await outcome(call(callerFor(handle, actors[kind]), { threadId: t.id, postId: post.id, authorId: author.userId, otherThreadId: other.id }));
        results[name] = result === "sameCategory" ? "ok-or-same" : result;
      }
      const rule = expected[kind];
      const want = Object.fromEntries(
        Object.keys(procedures).map((name) => [name, typeof rule === "string" ? rule : (rule[name] ?? rule.default!)]),
      );
      expect(results).toEqual(want);
    });
  }
});
