import type { DatabaseHandle } from "@puente/db";
import { users } from "@puente/db/schema";
import { createUser, demoAccounts } from "@puente/db/seed";
import { getTranslator } from "@puente/i18n";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AccessDenied } from "../errors";
import {
  actorByEmail,
  auditRowsFor,
  callerFor,
  callOverHttp,
  contextFor,
  nobody,
  rejectionOf,
  seededDatabase,
} from "../testing/test-context";

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await seededDatabase();
});

afterAll(async () => {
  await handle?.close();
});

const admin = async () => callerFor(handle, await actorByEmail(handle.db, demoAccounts.admin));

describe("roles", () => {
  it("setRoles replaces a person's roles and audits from and to", async () => {
    const person = await createUser(handle.db, { email: "becomes-moderator@example.org" });
    const adminActor = await actorByEmail(handle.db, demoAccounts.admin);
    const result = await callerFor(handle, adminActor).admin.setRoles({
      userId: person.id,
      roles: ["moderator", "member", "moderator"],
    });
    expect(result).toEqual({ id: person.id, name: person.name, roles: ["member", "moderator"] });
    const [row] = await handle.db.select().from(users).where(eq(users.id, person.id));
    expect(row!.roles).toEqual(["member", "moderator"]);

    const audit = await auditRowsFor(handle.db, person.id, "user.roles_changed");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: adminActor.userId,
      subjectType: "user",
      details: { from: ["member"], to: ["member", "moderator"] },
    });

    // The new role counts from the next request on.
    const queue = await callerFor(handle, await actorByEmail(handle.db, person.email)).vetting.queue();
    expect(queue.people.length).toBeGreaterThan(0);
  });

  it("taking a role away takes its access away", async () => {
    const person = await createUser(handle.db, { email: "former-moderator@example.org", roles: ["member", "moderator"] });
    await (await admin()).admin.setRoles({ userId: person.id, roles: ["member"] });
    const error = await rejectionOf(callerFor(handle, await actorByEmail(handle.db, person.email)).vetting.queue());
    expect(error).toBeInstanceOf(AccessDenied);
    expect(error.code).toBe("FORBIDDEN");
    const audit = await auditRowsFor(handle.db, person.id, "user.roles_changed");
    expect(audit[0]!.details).toEqual({ from: ["member", "moderator"], to: ["member"] });
  });

  it("an administrator cannot change their own roles", async () => {
    const adminActor = await actorByEmail(handle.db, demoAccounts.admin);
    const error = await rejectionOf(callerFor(handle, adminActor).admin.setRoles({ userId: adminActor.userId, roles: [] }));
    expect(error).toMatchObject({ code: "FORBIDDEN", key: "errors.vetting.selfChange" });
    const [row] = await handle.db.select().from(users).where(eq(users.id, adminActor.userId));
    expect(row!.roles).toEqual(adminActor.roles);
    expect(await auditRowsFor(handle.db, adminActor.userId, "user.roles_changed")).toEqual([]);

    const wire = await callOverHttp(
      contextFor(handle, adminActor, { locale: "es" }),
      "admin.setRoles",
      { userId: adminActor.userId, roles: [] },
      "mutation",
    );
    expect(wire.ok || wire.error.message).toBe(getTranslator("es")("errors.vetting.selfChange"));
  });

  it("refuses unknown people and unknown roles", async () => {
    const missing = await rejectionOf((await admin()).admin.setRoles({ userId: nobody(), roles: ["member"] }));
    expect(missing.code).toBe("NOT_FOUND");

    const adminActor = await actorByEmail(handle.db, demoAccounts.admin);
    const advocate = await actorByEmail(handle.db, demoAccounts.advocate);
    const wire = await callOverHttp(
      contextFor(handle, adminActor),
      "admin.setRoles",
      { userId: advocate.userId, roles: ["superuser"] },
      "mutation",
    );
    expect(wire.ok).toBe(false);
    if (!wire.ok) {
      expect(wire.error.data.code).toBe("BAD_REQUEST");
      expect(wire.error.data.fieldErrors).toEqual({ "roles.0": getTranslator("en")("errors.validation.choice") });
    }
    expect((await actorByEmail(handle.db, demoAccounts.advocate)).roles).toEqual(advocate.roles);
  });
});

describe("people search and the audit log", () => {
  it("finds people by email or name, case-insensitively", async () => {
    const people = await (await admin()).admin.people({ query: "ANA ADV" });
    expect(people.map((p) => p.email)).toEqual([demoAccounts.advocate]);
    expect(Object.keys(people[0]!).sort()).toEqual(["accountState", "email", "id", "name", "roles"]);
  });

  it("treats % and _ in a query as text, not as wildcards", async () => {
    const caller = await admin();
    expect(await caller.admin.people({ query: "%" })).toEqual([]);
    expect(await caller.admin.people({ query: "_" })).toEqual([]);
    await createUser(handle.db, { email: "under_score@example.org" });
    expect((await caller.admin.people({ query: "_" })).map((p) => p.email)).toEqual(["under_score@example.org"]);
  });

  it("an empty query lists at most 25 people", async () => {
    expect(await (await admin()).admin.people({ query: "" })).toHaveLength(25);
  });

  it("the audit log shows recent events newest first, with who did them", async () => {
    const person = await createUser(handle.db, { email: "audited@example.org" });
    await (await admin()).admin.setRoles({ userId: person.id, roles: ["member", "attorney"] });
    const log = await (await admin()).admin.auditLog({ limit: 200 });
    expect(log.length).toBeGreaterThan(1);
    expect(log.length).toBeLessThanOrEqual(200);
    const times = log.map((e) => e.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(log.find((e) => e.subjectId === person.id)).toMatchObject({
      action: "user.roles_changed",
      subjectType: "user",
      actorEmail: demoAccounts.admin,
    });

    expect(await (await admin()).admin.auditLog({ limit: 1 })).toHaveLength(1);
  });
});
