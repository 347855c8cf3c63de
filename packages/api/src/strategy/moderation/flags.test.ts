import type { DatabaseHandle } from "@puente/db";
import { auditEvents, strategyModerationLog, strategyNotifications, strategyPosts, strategySettings, strategyThreads } from "@puente/db/schema";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, rejectionOf, seededDatabase } from "../../testing/test-context";
import { categories, group, person, reply, thread } from "./test-fixture";

let handle: DatabaseHandle;
let categoryId: string;

beforeAll(async () => {
  handle = await seededDatabase();
  categoryId = (await categories(handle.db))[0]!.id;
});
afterAll(() => handle?.close());

const statusOf = async (postId: string) =>
  (await handle.db.select().from(strategyPosts).where(eq(strategyPosts.id, postId)))[0]!;

async function flaggedReply() {
  const author = await person(handle.db);
  const { thread: t } = await thread(handle.db, author, { categoryId });
  const post = await reply(handle.db, t.id, author);
  return { author, thread: t, post };
}

describe("flags", () => {
  it("two flags leave a post visible; the third distinct member's flag hides it", async () => {
    const { post, author } = await flaggedReply();
    const flaggers = [await person(handle.db), await person(handle.db), await person(handle.db)];
    const first = await callerFor(handle, flaggers[0]).strategy.moderation.flag({ postId: post.id, reason: "off_topic" });
    expect(first).toEqual({ counted: true, hidden: false });
    await callerFor(handle, flaggers[1]).strategy.moderation.flag({ postId: post.id, reason: "spam" });
    expect((await statusOf(post.id)).status).toBe("published");
    const third = await callerFor(handle, flaggers[2]).strategy.moderation.flag({ postId: post.id, reason: "harmful" });
    expect(third).toEqual({ counted: true, hidden: true });
    expect((await statusOf(post.id)).status).toBe("hidden");
    // Puente hid it by itself: logged without a moderator, and the author is told.
    const log = await handle.db.select().from(strategyModerationLog).where(eq(strategyModerationLog.targetId, post.id));
    expect(log).toMatchObject([{ action: "hide", moderatorId: null, reason: "flags:3" }]);
    const notes = await handle.db.select().from(strategyNotifications).where(eq(strategyNotifications.userId, author.userId));
    expect(notes.map((n) => n.kind)).toEqual(["post_hidden"]);
  });

  it("the same member flagging twice counts once", async () => {
    const { post } = await flaggedReply();
    const [a, b] = [await person(handle.db), await person(handle.db)];
    await callerFor(handle, a).strategy.moderation.flag({ postId: post.id, reason: "spam" });
    const again = await callerFor(handle, a).strategy.moderation.flag({ postId: post.id, reason: "harmful" });
    expect(again).toEqual({ counted: false, hidden: false });
    await callerFor(handle, b).strategy.moderation.flag({ postId: post.id, reason: "spam" });
    expect((await statusOf(post.id)).status).toBe("published");
  });

  it("identifies_survivor hides the post at once, and an opening post takes its thread along", async () => {
    const author = await person(handle.db);
    const { thread: t, opening } = await thread(handle.db, author, { categoryId });
    const flagger = await person(handle.db);
    const result = await callerFor(handle, flagger).strategy.moderation.flag({ postId: opening.id, reason: "identifies_survivor" });
    expect(result.hidden).toBe(true);
    expect((await statusOf(opening.id)).status).toBe("hidden");
    const [row] = await handle.db.select().from(strategyThreads).where(eq(strategyThreads.id, t.id));
    expect(row!.status).toBe("hidden");
    const audit = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, opening.id), eq(auditEvents.action, "strategy.flagged")));
    expect(audit).toHaveLength(1);
  });

  it("the threshold is a setting", async () => {
    await handle.db.insert(strategySettings).values({ id: true, flagThreshold: 1 }).onConflictDoUpdate({
      target: strategySettings.id,
      set: { flagThreshold: 1 },
    });
    try {
      const { post } = await flaggedReply();
      const result = await callerFor(handle, await person(handle.db)).strategy.moderation.flag({ postId: post.id, reason: "spam" });
      expect(result.hidden).toBe(true);
    } finally {
      await handle.db.update(strategySettings).set({ flagThreshold: 3 });
    }
  });

  it("refuses 'other' without a note, a note that identifies someone, and one's own post", async () => {
    const { post, author } = await flaggedReply();
    const flagger = await person(handle.db);
    const noNote = await rejectionOf(callerFor(handle, flagger).strategy.moderation.flag({ postId: post.id, reason: "other" }));
    expect(noNote.code).toBe("BAD_REQUEST");
    const identifying = await rejectionOf(
      callerFor(handle, flagger).strategy.moderation.flag({ postId: post.id, reason: "other", note: "Her number is (404) 555-0182" }),
    );
    expect(identifying.message).toBe("identifiers.refused");
    const own = await rejectionOf(callerFor(handle, author).strategy.moderation.flag({ postId: post.id, reason: "spam" }));
    expect(own.message).toBe("strategyModeration.errors.ownPost");
    expect((await statusOf(post.id)).status).toBe("published");
  });

  it("a member outside a group cannot flag (or learn of) its posts; a group member can", async () => {
    const author = await person(handle.db);
    const inside = await person(handle.db);
    const g = await group(handle.db, [author, inside]);
    const { opening } = await thread(handle.db, author, { categoryId, groupId: g.id });
    const outsider = await person(handle.db);
    const refused = await rejectionOf(callerFor(handle, outsider).strategy.moderation.flag({ postId: opening.id, reason: "spam" }));
    expect(refused.code).toBe("NOT_FOUND");
    expect((await callerFor(handle, inside).strategy.moderation.flag({ postId: opening.id, reason: "spam" })).counted).toBe(true);
  });

  it("posts that are not published cannot be flagged", async () => {
    const author = await person(handle.db);
    const { thread: t } = await thread(handle.db, author, { categoryId });
    const pending = await reply(handle.db, t.id, author, "Waiting", "pending_review");
    const refused = await rejectionOf(callerFor(handle, await person(handle.db)).strategy.moderation.flag({ postId: pending.id, reason: "spam" }));
    expect(refused.code).toBe("NOT_FOUND");
  });
});
