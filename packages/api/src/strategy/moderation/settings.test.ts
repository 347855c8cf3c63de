import type { DatabaseHandle } from "@puente/db";
import { strategyModerationLog } from "@puente/db/schema";
import { createTestDatabase } from "@puente/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callOverHttp, callerFor, contextFor, rejectionOf } from "../../testing/test-context";
import { categories, group, makeCategoryModerator, person, reply, thread } from "./test-fixture";

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle?.close());

const thresholdLog = () =>
  handle.db.select().from(strategyModerationLog).where(eq(strategyModerationLog.action, "set_flag_threshold"));

describe("the flag threshold setting", () => {
  it("starts at 3; an administrator changes it, the change is logged from and to, and flags follow it", async () => {
    const admin = callerFor(handle, await person(handle.db, { roles: ["member", "moderator", "admin"] }));
    const national = callerFor(handle, await person(handle.db, { roles: ["member", "moderator"] }));
    expect(await national.strategy.moderation.settings()).toEqual({ flagThreshold: 3, min: 1, max: 50 });

    expect(await admin.strategy.moderation.setFlagThreshold({ flagThreshold: 2, reason: "Spam wave this week" })).toEqual({
      flagThreshold: 2,
      changed: true,
    });
    expect((await national.strategy.moderation.settings()).flagThreshold).toBe(2);
    const [entry] = await national.strategy.moderation.log({ limit: 1 });
    expect(entry).toMatchObject({
      action: "set_flag_threshold",
      targetKind: "settings",
      targetId: null,
      details: { from: 3, to: 2 },
      reason: "Spam wave this week",
    });

    // Saving the same number is not a change.
    expect(await admin.strategy.moderation.setFlagThreshold({ flagThreshold: 2 })).toEqual({ flagThreshold: 2, changed: false });
    expect(await thresholdLog()).toHaveLength(1);

    // Two members' flags now hide a post.
    const [category] = await categories(handle.db);
    const author = await person(handle.db);
    const { thread: t } = await thread(handle.db, author, { categoryId: category!.id });
    const post = await reply(handle.db, t.id, author);
    await callerFor(handle, await person(handle.db)).strategy.moderation.flag({ postId: post.id, reason: "spam" });
    const second = await callerFor(handle, await person(handle.db)).strategy.moderation.flag({ postId: post.id, reason: "spam" });
    expect(second.hidden).toBe(true);
  });

  it("refuses numbers outside 1–50 and fractions with one clear message, in the reader's language, changing nothing", async () => {
    const adminActor = await person(handle.db, { roles: ["member", "moderator", "admin"] });
    const before = (await callerFor(handle, adminActor).strategy.moderation.settings()).flagThreshold;
    for (const flagThreshold of [0, 51, 2.5, Number.NaN]) {
      const refusal = await callOverHttp(
        contextFor(handle, adminActor, { locale: "es" }),
        "strategy.moderation.setFlagThreshold",
        { flagThreshold },
        "mutation",
      );
      expect(refusal.ok).toBe(false);
      if (refusal.ok) continue;
      expect(refusal.status).toBe(400);
      expect(refusal.error.data.fieldErrors).toEqual({ flagThreshold: "Escriba un número entero del 1 al 50." });
    }
    expect((await callerFor(handle, adminActor).strategy.moderation.settings()).flagThreshold).toBe(before);
  });

  it("national moderators read it; only administrators change it; scoped moderators do neither and do not read its log", async () => {
    const [category] = await categories(handle.db);
    const national = await person(handle.db, { roles: ["member", "moderator"] });
    const categoryModerator = await person(handle.db);
    await makeCategoryModerator(handle.db, category!.id, categoryModerator);
    const groupModerator = await person(handle.db);
    await group(handle.db, [], [groupModerator]);
    expect((await rejectionOf(callerFor(handle, national).strategy.moderation.setFlagThreshold({ flagThreshold: 4 }))).code).toBe(
      "FORBIDDEN",
    );
    for (const scoped of [categoryModerator, groupModerator]) {
      expect((await rejectionOf(callerFor(handle, scoped).strategy.moderation.settings())).code).toBe("FORBIDDEN");
      const log = await callerFor(handle, scoped).strategy.moderation.log({ limit: 50 });
      expect(log.some((e) => e.action === "set_flag_threshold")).toBe(false);
    }
  });
});
