import { isVetted, loadActor } from "@puente/auth/actor";
import type { DatabaseHandle } from "@puente/db";
import { memberSanctions, sessions, strategyNotifications, users } from "@puente/db/schema";
import { demoAccounts } from "@puente/db/seed";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorByEmail, callerFor, rejectionOf, seededDatabase } from "../../testing/test-context";
import { assertMayPost } from "../posting-rules";
import { assertPostingRate, assertSafeMarkdown } from "./posting-guard";
import { categories, makeCategoryModerator, person, thread } from "./test-fixture";

let handle: DatabaseHandle;
let categoryIds: string[];

beforeAll(async () => {
  handle = await seededDatabase();
  categoryIds = (await categories(handle.db)).map((c) => c.id);
});
afterAll(() => handle?.close());

const moderator = async () => callerFor(handle, await actorByEmail(handle.db, demoAccounts.moderator));

describe("sanctions", () => {
  it("a warning is recorded, logged and notified, and shows in the member's standing", async () => {
    const member = await person(handle.db);
    await (await moderator()).strategy.moderation.sanction({ userId: member.userId, kind: "warn", reason: "Please keep to the topic" });
    expect(await callerFor(handle, member).strategy.moderation.myStanding()).toMatchObject([{ kind: "warn", reason: "Please keep to the topic" }]);
    const notes = await handle.db.select().from(strategyNotifications).where(eq(strategyNotifications.userId, member.userId));
    expect(notes.map((n) => n.kind)).toEqual(["sanction"]);
    expect((await (await moderator()).strategy.moderation.log({ limit: 1 }))[0]).toMatchObject({ action: "warn", targetId: member.userId });
  });

  it("a silence needs a period and stops posting until lifted", async () => {
    const member = await person(handle.db);
    const mod = await moderator();
    expect((await rejectionOf(mod.strategy.moderation.sanction({ userId: member.userId, kind: "silence", reason: "Cool off" }))).code).toBe("BAD_REQUEST");
    const silence = await mod.strategy.moderation.sanction({ userId: member.userId, kind: "silence", days: 7, reason: "Cool off" });
    expect(silence.until!.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    const [row] = await handle.db.select().from(memberSanctions).where(eq(memberSanctions.id, silence.id));
    expect(row).toMatchObject({ kind: "silence", liftedAt: null });
    expect((await rejectionOf(assertMayPost(handle.db, member))).message).toBe("strategy.errors.silenced");
    await mod.strategy.moderation.liftSanction({ sanctionId: silence.id, reason: "Talked it through" });
    await assertMayPost(handle.db, member);
    expect((await rejectionOf(mod.strategy.moderation.liftSanction({ sanctionId: silence.id }))).code).toBe("CONFLICT");
  });

  it("suspension goes through the account state (sessions end) and lifting it reinstates", async () => {
    const member = await person(handle.db);
    await handle.db.insert(sessions).values({ sessionToken: `s-${member.userId}`, userId: member.userId, expires: new Date(Date.now() + 3_600_000) });
    const mod = await moderator();
    const suspension = await mod.strategy.moderation.sanction({ userId: member.userId, kind: "suspend", reason: "Threats" });
    expect((await handle.db.select().from(users).where(eq(users.id, member.userId)))[0]!.accountState).toBe("suspended");
    expect(await handle.db.select().from(sessions).where(eq(sessions.userId, member.userId))).toEqual([]);
    expect(isVetted(await loadActor(handle.db, member.userId))).toBe(false);
    await mod.strategy.moderation.liftSanction({ sanctionId: suspension.id, reason: "Appeal accepted" });
    expect((await handle.db.select().from(users).where(eq(users.id, member.userId)))[0]!.accountState).toBe("active");
  });

  it("scoped moderators warn and silence members who posted in their scope, never suspend; nobody sanctions themself", async () => {
    const catMod = await person(handle.db);
    await makeCategoryModerator(handle.db, categoryIds[3]!, catMod);
    const poster = await person(handle.db);
    await thread(handle.db, poster, { categoryId: categoryIds[3]! });
    const stranger = await person(handle.db);
    const caller = callerFor(handle, catMod);
    await caller.strategy.moderation.sanction({ userId: poster.userId, kind: "silence", days: 1, reason: "Spam" });
    const outside = await rejectionOf(caller.strategy.moderation.sanction({ userId: stranger.userId, kind: "warn", reason: "x" }));
    expect(outside.message).toBe("strategyModeration.errors.outOfScope");
    const suspend = await rejectionOf(caller.strategy.moderation.sanction({ userId: poster.userId, kind: "suspend", reason: "x" }));
    expect(suspend.message).toBe("strategyModeration.errors.nationalOnly");
    const self = await rejectionOf((await moderator()).strategy.moderation.sanction({
      userId: (await actorByEmail(handle.db, demoAccounts.moderator)).userId, kind: "warn", reason: "x",
    }));
    expect(self.code).toBe("FORBIDDEN");
    // A moderator cannot sanction an administrator.
    const admin = await actorByEmail(handle.db, demoAccounts.admin);
    expect((await rejectionOf((await moderator()).strategy.moderation.sanction({ userId: admin.userId, kind: "warn", reason: "x" }))).code).toBe("FORBIDDEN");
  });
});

describe("posting guards", () => {
  it("rate-limits a new member's posts and leaves moderators alone", async () => {
    const member = await person(handle.db);
    for (let i = 0; i < 5; i++) await assertPostingRate(handle.db, member);
    const refused = await rejectionOf(assertPostingRate(handle.db, member));
    expect(refused).toMatchObject({ code: "TOO_MANY_REQUESTS", message: "strategyModeration.errors.newMemberRateLimited" });
    const mod = await actorByEmail(handle.db, demoAccounts.moderator);
    for (let i = 0; i < 7; i++) await assertPostingRate(handle.db, mod);
  });

  it("refuses script and other HTML in Markdown with the line, and unsafe links", () => {
    expect(() => assertSafeMarkdown("Hello\n\n**fine** [ok](https://example.org)")).not.toThrow();
    expect(() => assertSafeMarkdown("Hello\n\n<script>alert(1)</script>")).toThrowError(
      expect.objectContaining({ key: "strategyModeration.errors.markdownHtml", params: { line: 3, markup: "<script>alert(1)</script>" } }),
    );
    expect(() => assertSafeMarkdown("[x](javascript:alert(1))")).toThrowError(
      expect.objectContaining({ key: "strategyModeration.errors.markdownLink", params: { line: 1, url: "javascript:alert(1)" } }),
    );
  });
});
