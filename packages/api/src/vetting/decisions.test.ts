import type { DatabaseHandle } from "@puente/db";
import { organizations, users } from "@puente/db/schema";
import { createOrganization, createUser, demoAccounts } from "@puente/db/seed";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AccessDenied } from "../errors";
import {
  actorByEmail,
  auditRowsFor,
  callerFor,
  callOverHttp,
  contextFor,
  createSession,
  internalLeak,
  nobody,
  rejectionOf,
  seededDatabase,
  sessionsOf,
} from "../testing/test-context";

let handle: DatabaseHandle;
let counter = 0;

beforeAll(async () => {
  handle = await seededDatabase();
});

afterAll(async () => {
  await handle?.close();
});

const moderator = async () => callerFor(handle, await actorByEmail(handle.db, demoAccounts.moderator));
const admin = async () => callerFor(handle, await actorByEmail(handle.db, demoAccounts.admin));

async function person(accountState: "pending" | "active" | "suspended", roles?: ("member" | "moderator" | "admin")[]) {
  return createUser(handle.db, { email: `person${++counter}@vetting.example.org`, accountState, roles });
}

async function stateOf(userId: string) {
  const [row] = await handle.db.select().from(users).where(eq(users.id, userId));
  return row!;
}

describe("deciding on people", () => {
  it("approving a pending person activates them as a member, audited in the same change", async () => {
    const applicant = await person("pending");
    const moderatorActor = await actorByEmail(handle.db, demoAccounts.moderator);
    const result = await callerFor(handle, moderatorActor).vetting.approvePerson({ userId: applicant.id });
    expect(result).toEqual({ id: applicant.id, name: applicant.name, accountState: "active" });

    const row = await stateOf(applicant.id);
    expect(row.accountState).toBe("active");
    expect(row.roles).toEqual(["member"]);
    const audit = await auditRowsFor(handle.db, applicant.id, "user.approved");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: moderatorActor.userId,
      subjectType: "user",
      details: { from: "pending", to: "active" },
    });

    const again = await rejectionOf((await moderator()).vetting.approvePerson({ userId: applicant.id }));
    expect(again).toMatchObject({ code: "CONFLICT", key: "errors.vetting.notPending" });
    expect(await auditRowsFor(handle.db, applicant.id, "user.approved")).toHaveLength(1);
  });

  it("suspending ends every session of that person at once, and only theirs", async () => {
    const target = await person("active");
    const bystander = await person("active");
    await createSession(handle.db, target.id);
    await createSession(handle.db, target.id);
    await createSession(handle.db, bystander.id);

    const result = await (await moderator()).vetting.suspendPerson({ userId: target.id });
    expect(result.accountState).toBe("suspended");
    expect((await stateOf(target.id)).accountState).toBe("suspended");
    expect(await sessionsOf(handle.db, target.id)).toEqual([]);
    expect(await sessionsOf(handle.db, bystander.id)).toHaveLength(1);
    const audit = await auditRowsFor(handle.db, target.id, "user.suspended");
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toEqual({ from: "active", to: "suspended" });

    // The suspended person's next request is refused by every member tier.
    const next = await rejectionOf(callerFor(handle, await actorByEmail(handle.db, target.email)).organization.mine());
    expect(next).toBeInstanceOf(AccessDenied);
  });

  it("a pending person can be suspended too", async () => {
    const applicant = await person("pending");
    await (await moderator()).vetting.suspendPerson({ userId: applicant.id });
    expect((await stateOf(applicant.id)).accountState).toBe("suspended");
    expect((await auditRowsFor(handle.db, applicant.id, "user.suspended"))[0]!.details).toEqual({
      from: "pending",
      to: "suspended",
    });
  });

  it("reinstating a suspended person makes them active again, audited; only suspended people can be reinstated", async () => {
    const target = await person("suspended", []);
    const result = await (await moderator()).vetting.reinstatePerson({ userId: target.id });
    expect(result.accountState).toBe("active");
    const row = await stateOf(target.id);
    expect(row.accountState).toBe("active");
    expect(row.roles).toContain("member");
    const audit = await auditRowsFor(handle.db, target.id, "user.reinstated");
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toEqual({ from: "suspended", to: "active" });

    const again = await rejectionOf((await moderator()).vetting.reinstatePerson({ userId: target.id }));
    expect(again).toMatchObject({ code: "CONFLICT", key: "errors.vetting.notPending" });
  });

  it.each(["approvePerson", "suspendPerson", "reinstatePerson"] as const)(
    "nobody can %s on themselves",
    async (procedure) => {
      for (const email of [demoAccounts.moderator, demoAccounts.admin]) {
        const actor = await actorByEmail(handle.db, email);
        const error = await rejectionOf(callerFor(handle, actor)["vetting"][procedure]({ userId: actor.userId }));
        expect(error).toMatchObject({ code: "FORBIDDEN", key: "errors.vetting.selfChange" });
        expect(error).not.toBeInstanceOf(AccessDenied);
        expect((await stateOf(actor.userId)).accountState).toBe("active");
      }
      const moderatorId = (await actorByEmail(handle.db, demoAccounts.moderator)).userId;
      expect(await auditRowsFor(handle.db, moderatorId)).toEqual([]);
    },
  );

  it("a moderator cannot suspend an administrator; another administrator can", async () => {
    const otherAdmin = await person("active", ["member", "moderator", "admin"]);
    const refused = await rejectionOf((await moderator()).vetting.suspendPerson({ userId: otherAdmin.id }));
    expect(refused).toMatchObject({ code: "FORBIDDEN", key: "errors.forbidden" });
    expect((await stateOf(otherAdmin.id)).accountState).toBe("active");
    expect(await auditRowsFor(handle.db, otherAdmin.id)).toEqual([]);

    await (await admin()).vetting.suspendPerson({ userId: otherAdmin.id });
    expect((await stateOf(otherAdmin.id)).accountState).toBe("suspended");
  });

  it("someone who does not exist is not found", async () => {
    const error = await rejectionOf((await moderator()).vetting.approvePerson({ userId: nobody() }));
    expect(error).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("a decision and its audit row commit together or not at all", () => {
  // A trigger makes the audit insert for one subject fail inside the decision's transaction:
  // the state change made just before it must be rolled back with it.
  async function failAuditFor(subjectId: string) {
    await handle.db.execute(sql`
      create or replace function puente_test_refuse_audit() returns trigger language plpgsql as $$
      begin
        raise exception 'audit store unavailable (test)';
      end $$`);
    await handle.db.execute(sql.raw(`
      create trigger puente_test_refuse_audit before insert on audit_events
      for each row when (new.subject_id = '${subjectId.replace(/[^0-9a-f-]/g, "")}')
      execute function puente_test_refuse_audit()`));
  }
  async function restoreAudit() {
    await handle.db.execute(sql`drop trigger if exists puente_test_refuse_audit on audit_events`);
  }

  it.each([
    { decision: "approvePerson", from: "pending" },
    { decision: "suspendPerson", from: "active" },
    { decision: "reinstatePerson", from: "suspended" },
  ] as const)("$decision is rolled back when its audit row cannot be written", async ({ decision, from }) => {
    const target = await person(from, from === "pending" ? [] : ["member"]);
    await createSession(handle.db, target.id);
    await failAuditFor(target.id);
    try {
      const moderatorActor = await actorByEmail(handle.db, demoAccounts.moderator);
      const error = await rejectionOf(callerFor(handle, moderatorActor).vetting[decision]({ userId: target.id }));
      expect(error.code).toBe("INTERNAL_SERVER_ERROR");
      expect((await stateOf(target.id)).accountState).toBe(from);
      expect(await sessionsOf(handle.db, target.id)).toHaveLength(1);
      expect(await auditRowsFor(handle.db, target.id)).toEqual([]);

      // What the moderator reads is the generic sentence, not the database's words.
      const wire = await callOverHttp(contextFor(handle, moderatorActor), `vetting.${decision}`, { userId: target.id }, "mutation");
      expect(wire.ok).toBe(false);
      if (!wire.ok) {
        expect(wire.status).toBe(500);
        expect(wire.error.data.messageKey).toBe("errors.internal");
        expect(wire.raw).not.toContain("audit store unavailable");
        expect(wire.raw).not.toMatch(internalLeak);
      }
    } finally {
      await restoreAudit();
    }

    // With the audit store back, the same decision goes through with its row.
    await (await moderator()).vetting[decision]({ userId: target.id });
    expect((await stateOf(target.id)).accountState).not.toBe(from);
    expect(await auditRowsFor(handle.db, target.id)).toHaveLength(1);
  });
});

describe("deciding on organizations and the queue", () => {
  it("verifying and rejecting an organization are audited with the previous state", async () => {
    const org = await createOrganization(handle.db, { name: "Vetting Test Program", state: "OR", verificationState: "unverified" });
    const moderatorActor = await actorByEmail(handle.db, demoAccounts.moderator);
    const caller = callerFor(handle, moderatorActor);

    expect(await caller.vetting.verifyOrganization({ organizationId: org.id })).toEqual({
      id: org.id,
      name: org.name,
      verificationState: "verified",
    });
    let [row] = await handle.db.select().from(organizations).where(eq(organizations.id, org.id));
    expect(row).toMatchObject({ verificationState: "verified", verifiedById: moderatorActor.userId });
    expect(row!.verifiedAt).toBeInstanceOf(Date);

    await caller.vetting.rejectOrganization({ organizationId: org.id });
    [row] = await handle.db.select().from(organizations).where(eq(organizations.id, org.id));
    expect(row).toMatchObject({ verificationState: "rejected", verifiedById: null, verifiedAt: null });

    const audit = await auditRowsFor(handle.db, org.id);
    expect(audit.map((a) => [a.action, a.details])).toEqual(
      expect.arrayContaining([
        ["organization.verified", { from: "unverified" }],
        ["organization.rejected", { from: "verified" }],
      ]),
    );
    expect(audit).toHaveLength(2);

    const missing = await rejectionOf(caller.vetting.verifyOrganization({ organizationId: nobody() }));
    expect(missing.code).toBe("NOT_FOUND");
  });

  it("the queue holds pending people and unverified organizations only", async () => {
    const applicant = await person("pending");
    const active = await person("active");
    const org = await createOrganization(handle.db, { name: "Queue Test Program", state: "WA", verificationState: "unverified" });
    const queue = await (await moderator()).vetting.queue();

    const emails = queue.people.map((p) => p.email);
    expect(emails).toContain(applicant.email);
    expect(emails).toContain(demoAccounts.pending);
    expect(emails).not.toContain(active.email);
    expect(emails).not.toContain(demoAccounts.advocate);
    expect(queue.organizations.map((o) => o.id)).toContain(org.id);
    const states = await handle.db
      .select({ state: organizations.verificationState })
      .from(organizations)
      .where(sql`${organizations.id} in ${queue.organizations.map((o) => o.id)}`);
    expect(new Set(states.map((s) => s.state))).toEqual(new Set(["unverified"]));
  });
});
