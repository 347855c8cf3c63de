import type { DatabaseHandle } from "@puente/db";
import { users } from "@puente/db/schema";
import { createTestDatabase } from "@puente/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRowsFor, callerFor, rejectionOf } from "../../testing/test-context";
import { categories, group, makeCategoryModerator, person } from "./test-fixture";

/**
 * Changes to who belongs to or moderates a group or topic are moderation steps: each is in the
 * moderation log (who, what, about whom, why, when) for the moderators of that group or topic,
 * and in the audit log.
 */
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle?.close());

const emailOf = async (userId: string) =>
  (await handle.db.select({ email: users.email }).from(users).where(eq(users.id, userId)))[0]!.email;
const nameOf = async (userId: string) =>
  (await handle.db.select({ name: users.name }).from(users).where(eq(users.id, userId)))[0]!.name;

describe("group membership and group moderators in the moderation log", () => {
  it("a group moderator's additions and removals are logged with the member and the reason, for the group's moderators", async () => {
    const lead = await person(handle.db);
    const newcomer = await person(handle.db);
    const bystander = await person(handle.db);
    const g = await group(handle.db, [], [lead]);
    const leadCaller = callerFor(handle, lead).strategy;

    await leadCaller.addGroupMember({ groupId: g.id, email: await emailOf(newcomer.userId), reason: "Joined the Atlanta coalition" });
    // Adding someone already in the group changes nothing and logs nothing.
    await leadCaller.addGroupMember({ groupId: g.id, email: await emailOf(newcomer.userId) });
    await leadCaller.removeGroupMember({ groupId: g.id, userId: newcomer.userId });

    const log = await leadCaller.moderation.log({ limit: 10 });
    expect(log.map((e) => e.action)).toEqual(["remove_group_member", "add_group_member"]);
    expect(log[1]).toMatchObject({
      moderator: await nameOf(lead.userId),
      targetKind: "group",
      targetId: g.id,
      groupName: g.name,
      member: await nameOf(newcomer.userId),
      reason: "Joined the Atlanta coalition",
    });
    expect(log[0]).toMatchObject({ groupName: g.name, member: await nameOf(newcomer.userId), reason: "" });
    expect(log[0]!.at).toBeInstanceOf(Date);

    // A fellow moderator of the group reads them too; a member who moderates nothing cannot read the log.
    const second = await person(handle.db);
    await callerFor(handle, await person(handle.db, { roles: ["member", "moderator"] })).strategy.setGroupModerator({
      groupId: g.id,
      userId: second.userId,
      on: true,
    });
    const seen = await callerFor(handle, second).strategy.moderation.log({ limit: 10 });
    expect(seen.filter((e) => e.action === "add_group_member")).toHaveLength(1);
    expect((await rejectionOf(callerFor(handle, bystander).strategy.moderation.log({ limit: 10 }))).code).toBe("FORBIDDEN");

    expect(await auditRowsFor(handle.db, g.id, "strategy.moderated")).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actorId: lead.userId,
          subjectType: "strategy_group",
          details: expect.objectContaining({ action: "add_group_member", subjectUserId: newcomer.userId }),
        }),
      ]),
    );
  });

  it("naming and removing a group moderator is logged; the former moderator stays a member", async () => {
    const national = await person(handle.db, { roles: ["member", "moderator"] });
    const lead = await person(handle.db);
    const otherLead = await person(handle.db);
    const g = await group(handle.db, [lead]);
    const other = await group(handle.db, [], [otherLead]);
    const caller = callerFor(handle, national).strategy;

    await caller.setGroupModerator({ groupId: g.id, userId: lead.userId, on: true, reason: "Coordinates the coalition" });
    // Naming them again is not a change.
    await caller.setGroupModerator({ groupId: g.id, userId: lead.userId, on: true });
    const asModerator = await callerFor(handle, lead).strategy.moderation.log({ limit: 10 });
    expect(asModerator).toMatchObject([
      {
        action: "add_group_moderator",
        groupName: g.name,
        member: await nameOf(lead.userId),
        moderator: await nameOf(national.userId),
        reason: "Coordinates the coalition",
      },
    ]);

    await caller.setGroupModerator({ groupId: g.id, userId: lead.userId, on: false, reason: "Stepped down" });
    const roster = await caller.groupRoster({ groupId: g.id });
    expect(roster.people).toMatchObject([{ userId: lead.userId, moderator: false }]);
    const nationalLog = await caller.moderation.log({ limit: 50 });
    expect(nationalLog.find((e) => e.targetId === g.id)).toMatchObject({
      action: "remove_group_moderator",
      reason: "Stepped down",
    });
    // Another group's moderator does not read this group's changes.
    const elsewhere = await callerFor(handle, otherLead).strategy.moderation.log({ limit: 50 });
    expect(elsewhere.some((e) => e.targetId === g.id)).toBe(false);
    // Removing a moderator who is not one is refused, and a group moderator cannot name moderators.
    expect(
      (await rejectionOf(caller.setGroupModerator({ groupId: g.id, userId: lead.userId, on: false }))).code,
    ).toBe("NOT_FOUND");
    expect(
      (await rejectionOf(callerFor(handle, otherLead).strategy.setGroupModerator({ groupId: other.id, userId: lead.userId, on: true })))
        .code,
    ).toBe("FORBIDDEN");
  });

  it("a reason longer than 500 characters is refused with a message, and nothing changes", async () => {
    const lead = await person(handle.db);
    const member = await person(handle.db);
    const g = await group(handle.db, [member], [lead]);
    const refusal = await rejectionOf(
      callerFor(handle, lead).strategy.removeGroupMember({ groupId: g.id, userId: member.userId, reason: "x".repeat(501) }),
    );
    expect(refusal.code).toBe("BAD_REQUEST");
    const roster = await callerFor(handle, lead).strategy.groupRoster({ groupId: g.id });
    expect(roster.people.map((p) => p.userId)).toContain(member.userId);
  });
});

describe("topic moderators in the moderation log", () => {
  it("an administrator names and removes a topic moderator by email; both are logged for that topic's moderators", async () => {
    const [first, second] = await categories(handle.db);
    const admin = await person(handle.db, { roles: ["member", "moderator", "admin"] });
    const chosen = await person(handle.db);
    const colleague = await person(handle.db);
    const otherTopic = await person(handle.db);
    await makeCategoryModerator(handle.db, first!.id, colleague);
    await makeCategoryModerator(handle.db, second!.id, otherTopic);
    const caller = callerFor(handle, admin).strategy;

    await caller.addCategoryModerator({ categoryId: first!.id, email: (await emailOf(chosen.userId)).toUpperCase(), reason: "Leads the ICE-office work" });
    await caller.addCategoryModerator({ categoryId: first!.id, email: await emailOf(chosen.userId) });
    expect((await caller.categoryModerators()).filter((m) => m.categoryId === first!.id).map((m) => m.userId).sort()).toEqual(
      [chosen.userId, colleague.userId].sort(),
    );
    // The new moderator now moderates the topic, and reads how they came to.
    expect((await callerFor(handle, chosen).strategy.moderation.scope()).categoryIds).toEqual([first!.id]);
    await caller.removeCategoryModerator({ categoryId: first!.id, userId: chosen.userId });

    const forColleague = await callerFor(handle, colleague).strategy.moderation.log({ limit: 10 });
    expect(forColleague).toMatchObject([
      { action: "remove_category_moderator", categoryName: first!.name, categoryNameEs: first!.nameEs, member: await nameOf(chosen.userId), reason: "" },
      { action: "add_category_moderator", categoryName: first!.name, reason: "Leads the ICE-office work" },
    ]);
    expect((await callerFor(handle, otherTopic).strategy.moderation.log({ limit: 10 })).some((e) => e.targetId === first!.id)).toBe(false);
    expect((await callerFor(handle, chosen).strategy.moderation.scope()).categoryIds).toEqual([]);
  });

  it("is refused to moderators who are not administrators, for unknown emails and unknown topics", async () => {
    const [first] = await categories(handle.db);
    const admin = callerFor(handle, await person(handle.db, { roles: ["member", "moderator", "admin"] })).strategy;
    const national = callerFor(handle, await person(handle.db, { roles: ["member", "moderator"] })).strategy;
    const someone = await person(handle.db);
    expect(
      (await rejectionOf(national.addCategoryModerator({ categoryId: first!.id, email: await emailOf(someone.userId) }))).code,
    ).toBe("FORBIDDEN");
    const unknown = await rejectionOf(admin.addCategoryModerator({ categoryId: first!.id, email: "nobody@example.org" }));
    expect((unknown as { key?: string }).key).toBe("strategy.errors.noSuchMember");
    expect(
      (await rejectionOf(admin.addCategoryModerator({ categoryId: crypto.randomUUID(), email: await emailOf(someone.userId) }))).code,
    ).toBe("NOT_FOUND");
    expect(
      (await rejectionOf(admin.removeCategoryModerator({ categoryId: first!.id, userId: someone.userId }))).code,
    ).toBe("NOT_FOUND");
  });
});
