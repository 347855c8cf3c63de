import { rmSync } from "node:fs";
import type { DatabaseHandle } from "@puente/db";
import { organizationMembers } from "@puente/db/schema";
import { addMember, createOrganization, createUser, demoAccounts } from "@puente/db/seed";
import { getTranslator } from "@puente/i18n";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  actorByEmail,
  auditRowsFor,
  callerFor,
  callOverHttp,
  contextFor,
  rejectionOf,
  seededDatabase,
} from "../testing/test-context";
import { startTestQueue } from "../testing/test-queue";
import type { JobQueue } from "@puente/jobs";

const mailDir = await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "puente-members-mail-"));
  process.env.MAIL_DIR = dir;
  return dir;
});

let handle: DatabaseHandle;
// Invitations queue their email; no worker runs here, the queue only has to accept the job.
let queue: JobQueue;
let counter = 0;

beforeAll(async () => {
  handle = await seededDatabase();
  queue = await startTestQueue(handle, { work: false });
});

afterAll(async () => {
  await queue?.stop();
  await handle?.close();
  rmSync(mailDir, { recursive: true, force: true });
});

/** A small organization of its own per test: `admins` admins and `members` members. */
async function organizationWith(admins: number, members: number) {
  const n = ++counter;
  const org = await createOrganization(handle.db, { name: `Members Test Program ${n}`, state: "NM" });
  const adminUsers = [];
  const memberUsers = [];
  for (let i = 0; i < admins; i++) {
    const user = await createUser(handle.db, { email: `admin${i}.org${n}@example.org` });
    await addMember(handle.db, org.id, user.id, "admin");
    adminUsers.push(user);
  }
  for (let i = 0; i < members; i++) {
    const user = await createUser(handle.db, { email: `member${i}.org${n}@example.org` });
    await addMember(handle.db, org.id, user.id, "member");
    memberUsers.push(user);
  }
  const as = async (email: string) => callerFor(handle, await actorByEmail(handle.db, email));
  return { org, admins: adminUsers, members: memberUsers, as };
}

async function roleOf(organizationId: string, userId: string) {
  const [row] = await handle.db
    .select({ role: organizationMembers.role })
    .from(organizationMembers)
    .where(and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, userId)));
  return row?.role;
}

describe("the last admin", () => {
  it("cannot be demoted, by themselves or by a platform admin", async () => {
    const { org, admins, as } = await organizationWith(1, 1);
    const self = await as(admins[0]!.email);
    const error = await rejectionOf(
      self.organization.setMemberRole({ organizationId: org.id, userId: admins[0]!.id, role: "member" }),
    );
    expect(error).toMatchObject({ code: "CONFLICT", key: "errors.membership.lastAdmin" });

    const platformAdmin = await as(demoAccounts.admin);
    const again = await rejectionOf(
      platformAdmin.organization.setMemberRole({ organizationId: org.id, userId: admins[0]!.id, role: "member" }),
    );
    expect(again).toMatchObject({ code: "CONFLICT", key: "errors.membership.lastAdmin" });
    expect(await roleOf(org.id, admins[0]!.id)).toBe("admin");
    expect(await auditRowsFor(handle.db, `${org.id}:${admins[0]!.id}`)).toHaveLength(0);
  });

  it("cannot be removed, and the refusal reads as a sentence in the caller's language", async () => {
    const { org, admins, as } = await organizationWith(1, 0);
    const error = await rejectionOf(
      (await as(admins[0]!.email)).organization.removeMember({ organizationId: org.id, userId: admins[0]!.id }),
    );
    expect(error).toMatchObject({ code: "CONFLICT", key: "errors.membership.lastAdmin" });
    expect(await roleOf(org.id, admins[0]!.id)).toBe("admin");

    const actor = await actorByEmail(handle.db, admins[0]!.email);
    const wire = await callOverHttp(
      contextFor(handle, actor, { locale: "es" }),
      "organization.removeMember",
      { organizationId: org.id, userId: admins[0]!.id },
      "mutation",
    );
    expect(wire.ok || wire.status).toBe(409);
    expect(wire.ok || wire.error.message).toBe(getTranslator("es")("errors.membership.lastAdmin"));
  });

  it("can step down once another admin exists, and the change is audited with from and to", async () => {
    const { org, admins, members, as } = await organizationWith(1, 1);
    const first = await as(admins[0]!.email);
    expect(
      await first.organization.setMemberRole({ organizationId: org.id, userId: members[0]!.id, role: "admin" }),
    ).toEqual({ changed: true });
    expect(
      await first.organization.setMemberRole({ organizationId: org.id, userId: admins[0]!.id, role: "member" }),
    ).toEqual({ changed: true });
    expect(await roleOf(org.id, admins[0]!.id)).toBe("member");

    const promoted = await auditRowsFor(handle.db, `${org.id}:${members[0]!.id}`, "membership.role_changed");
    expect(promoted).toHaveLength(1);
    expect(promoted[0]).toMatchObject({ actorId: admins[0]!.id, details: { from: "member", to: "admin" } });
    const demoted = await auditRowsFor(handle.db, `${org.id}:${admins[0]!.id}`, "membership.role_changed");
    expect(demoted[0]).toMatchObject({ details: { from: "admin", to: "member" } });

    // The one who stepped down is no longer an admin of it; the new admin is the last one now.
    const formerAdmin = await rejectionOf(
      (await as(admins[0]!.email)).organization.removeMember({ organizationId: org.id, userId: members[0]!.id }),
    );
    expect(formerAdmin).toMatchObject({ code: "FORBIDDEN", key: "errors.notOrgAdmin" });
    const last = await rejectionOf(
      (await as(members[0]!.email)).organization.setMemberRole({ organizationId: org.id, userId: members[0]!.id, role: "member" }),
    );
    expect(last).toMatchObject({ key: "errors.membership.lastAdmin" });
  });

  it("an unchanged role changes nothing and writes no audit row", async () => {
    const { org, admins, members, as } = await organizationWith(1, 1);
    const result = await (await as(admins[0]!.email)).organization.setMemberRole({
      organizationId: org.id,
      userId: members[0]!.id,
      role: "member",
    });
    expect(result).toEqual({ changed: false });
    expect(await auditRowsFor(handle.db, `${org.id}:${members[0]!.id}`)).toHaveLength(0);
  });
});

describe("removing members", () => {
  it("removes a member with an audit row, and refuses someone who is not a member", async () => {
    const { org, admins, members, as } = await organizationWith(2, 1);
    const admin = await as(admins[0]!.email);
    expect(await admin.organization.removeMember({ organizationId: org.id, userId: members[0]!.id })).toEqual({
      removed: true,
    });
    expect(await roleOf(org.id, members[0]!.id)).toBeUndefined();
    const rows = await auditRowsFor(handle.db, `${org.id}:${members[0]!.id}`, "membership.removed");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: admins[0]!.id, details: { role: "member" } });

    const gone = await rejectionOf(admin.organization.removeMember({ organizationId: org.id, userId: members[0]!.id }));
    expect(gone).toMatchObject({ code: "NOT_FOUND", key: "errors.membership.notMember" });

    // With two admins, one admin can be removed.
    await admin.organization.removeMember({ organizationId: org.id, userId: admins[1]!.id });
    expect(await roleOf(org.id, admins[1]!.id)).toBeUndefined();
  });

  it("a removed member loses the organization at their next request", async () => {
    const { org, admins, members, as } = await organizationWith(1, 1);
    const before = await (await as(members[0]!.email)).organization.mine();
    expect(before.map((o) => o.id)).toEqual([org.id]);
    await (await as(admins[0]!.email)).organization.removeMember({ organizationId: org.id, userId: members[0]!.id });
    expect(await (await as(members[0]!.email)).organization.mine()).toEqual([]);
  });
});

describe("my organizations", () => {
  it("lists members to fellow members, and waiting invitations to admins only", async () => {
    const { org, admins, members, as } = await organizationWith(1, 1);
    await (await as(admins[0]!.email)).organization.invite({ organizationId: org.id, email: "waiting@example.org", role: "member" });

    const [asAdmin] = await (await as(admins[0]!.email)).organization.mine();
    expect(asAdmin).toMatchObject({ id: org.id, isAdmin: true });
    expect(asAdmin!.members.map((m) => m.email).sort()).toEqual([admins[0]!.email, members[0]!.email].sort());
    expect(asAdmin!.invitations.map((i) => i.email)).toEqual(["waiting@example.org"]);
    expect(JSON.stringify(asAdmin)).not.toMatch(/tokenHash|token_hash/);

    const [asMember] = await (await as(members[0]!.email)).organization.mine();
    expect(asMember).toMatchObject({ id: org.id, isAdmin: false, invitations: [] });
    expect(asMember!.members).toHaveLength(2);
  });
});
