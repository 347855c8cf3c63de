import type { DatabaseHandle } from "@puente/db";
import { createTestDatabase } from "@puente/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedStrategyFixture } from "../testing/strategy-fixture";
import { callerFor, rejectionOf } from "../testing/test-context";

let handle: DatabaseHandle;
let f: Awaited<ReturnType<typeof seedStrategyFixture>>;

beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedStrategyFixture(handle.db);
});

afterAll(async () => {
  await handle?.close();
});

const key = (error: unknown) => (error as { key?: string }).key;

describe("group membership is managed by the group's moderators", () => {
  it("a group moderator reads the roster, adds a member by email and removes them; the new member then reads group threads", async () => {
    const lead = callerFor(handle, f.groupModerator).strategy;
    const thread = await callerFor(handle, f.moderator).strategy.create({
      categoryId: f.lawEnforcement,
      title: "Coalition planning",
      visibility: "group",
      groupId: f.group.id,
      whatTried: "Planned the sheriff meeting.",
      triedOn: "2025-02-01",
      withWhom: "sheriff",
      outcome: "too_early",
      jurisdictions: [{ state: "GA" }],
    });
    expect(
      (await lead.groupRoster({ groupId: f.group.id })).people.map((p) => p.email).sort(),
    ).toEqual(["coalition-lead@strategy.test", "coalition@strategy.test"]);
    await lead.addGroupMember({ groupId: f.group.id, email: "Outsider@Strategy.test" });
    await callerFor(handle, f.outsider).strategy.byId({ threadId: thread.id });
    const groups = await callerFor(handle, f.outsider).strategy.groups();
    expect(groups).toMatchObject([{ name: "Georgia coalition", member: true, moderator: false }]);
    await lead.removeGroupMember({ groupId: f.group.id, userId: f.outsider.userId });
    expect(
      (await rejectionOf(callerFor(handle, f.outsider).strategy.byId({ threadId: thread.id })))
        .code,
    ).toBe("NOT_FOUND");
  });

  it("a plain group member or an outsider cannot manage it; an unknown email is refused", async () => {
    for (const actor of [f.groupMember, f.outsider]) {
      const roster = await rejectionOf(
        callerFor(handle, actor).strategy.groupRoster({ groupId: f.group.id }),
      );
      expect(key(roster)).toBe("strategy.errors.notGroupModerator");
      const add = await rejectionOf(
        callerFor(handle, actor).strategy.addGroupMember({
          groupId: f.group.id,
          email: "veteran@strategy.test",
        }),
      );
      expect(add.code).toBe("FORBIDDEN");
    }
    const unknown = await rejectionOf(
      callerFor(handle, f.groupModerator).strategy.addGroupMember({
        groupId: f.group.id,
        email: "nobody@strategy.test",
      }),
    );
    expect(key(unknown)).toBe("strategy.errors.noSuchMember");
  });

  it("national moderators create groups and name group moderators", async () => {
    const group = await callerFor(handle, f.moderator).strategy.createGroup({
      name: "Texas working group",
      description: "",
    });
    await callerFor(handle, f.moderator).strategy.setGroupModerator({
      groupId: group.id,
      userId: f.veteran.userId,
      on: true,
    });
    const roster = await callerFor(handle, f.veteran).strategy.groupRoster({ groupId: group.id });
    expect(roster.people).toMatchObject([{ email: "veteran@strategy.test", moderator: true }]);
  });
});

describe("administrators manage topics", () => {
  it("adds, renames, reorders and archives; archived topics leave the list and take no threads", async () => {
    const admin = callerFor(handle, f.admin).strategy;
    const created = await admin.createCategory({
      slug: "media",
      name: "Working with media",
      nameEs: "Trabajo con medios",
      description: "",
      descriptionEs: "",
      position: 8,
    });
    expect(
      key(
        await rejectionOf(
          admin.createCategory({
            slug: "media",
            name: "x",
            nameEs: "x",
            description: "",
            descriptionEs: "",
            position: 0,
          }),
        ),
      ),
    ).toBe("strategy.errors.slugTaken");
    await admin.updateCategory({
      categoryId: created.id,
      slug: "media",
      name: "Media",
      nameEs: "Medios",
      description: "",
      descriptionEs: "",
      position: 0,
      archived: true,
    });
    const visible = await callerFor(handle, f.veteran).strategy.categories();
    expect(visible.map((c) => c.slug)).not.toContain("media");
    const all = await admin.categories({ includeArchived: true });
    expect(all.find((c) => c.id === created.id)).toMatchObject({
      name: "Media",
      archived: true,
      position: 0,
    });
    // The log says what changed as data the page words in the reader's language, not as English text.
    const log = (await admin.moderation.log({ limit: 50 })).filter((e) => e.targetId === created.id);
    expect(log.map((e) => [e.action, e.details, e.reason])).toEqual([
      ["other", { change: "archived", slug: "media" }, ""],
      ["other", { change: "created", slug: "media" }, ""],
    ]);
  });
});
