import type { DatabaseHandle } from "@puente/db";
import { users } from "@puente/db/schema";
import { createUser, demoAccounts, demoProgramName } from "@puente/db/seed";
import { getTranslator } from "@puente/i18n";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  actorByEmail,
  auditRowsFor,
  callerFor,
  callOverHttp,
  contextFor,
  createSession,
  internalLeak,
  seededDatabase,
  sessionsOf,
} from "../testing/test-context";

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await seededDatabase();
});

afterAll(async () => {
  await handle?.close();
});

describe("profile.me", () => {
  it("shows a person their own row and organizations, and nothing else", async () => {
    const advocate = await actorByEmail(handle.db, demoAccounts.advocate);
    const me = await callerFor(handle, advocate).profile.me();
    expect(me).toMatchObject({
      id: advocate.userId,
      email: demoAccounts.advocate,
      name: "Ana Advocate",
      accountState: "active",
      roles: ["member"],
      preferredLanguage: "en",
    });
    expect(me.memberships).toEqual([
      { organizationId: advocate.memberships[0]!.organizationId, name: demoProgramName, role: "member" },
    ]);
    expect(Object.keys(me).sort()).toEqual(
      ["accountState", "application", "createdAt", "email", "id", "memberships", "name", "preferredLanguage", "roles"].sort(),
    );
  });

  it("is open to people who are waiting or suspended, about themselves", async () => {
    const pending = await actorByEmail(handle.db, demoAccounts.pending);
    expect(await callerFor(handle, pending).profile.me()).toMatchObject({ accountState: "pending", memberships: [] });
    const suspended = await createUser(handle.db, { email: "suspended-profile@example.org", accountState: "suspended" });
    const me = await callerFor(handle, await actorByEmail(handle.db, suspended.email)).profile.me();
    expect(me).toMatchObject({ id: suspended.id, accountState: "suspended" });
  });
});

describe("profile.update", () => {
  it("changes name and language; a pending person can write their application", async () => {
    const person = await createUser(handle.db, { email: "applicant-update@example.org", accountState: "pending" });
    const actor = await actorByEmail(handle.db, person.email);
    const updated = await callerFor(handle, actor).profile.update({
      name: "  Paula Promotora  ",
      preferredLanguage: "es",
      application: "Promotora in Yakima, WA.",
    });
    expect(updated).toMatchObject({ name: "Paula Promotora", preferredLanguage: "es", application: "Promotora in Yakima, WA." });
  });

  it("an active person's application is kept as it was", async () => {
    const person = await createUser(handle.db, { email: "active-update@example.org", application: "Original application." });
    const actor = await actorByEmail(handle.db, person.email);
    const updated = await callerFor(handle, actor).profile.update({
      name: "Renamed",
      preferredLanguage: "en",
      application: "Rewritten after approval.",
    });
    expect(updated).toMatchObject({ name: "Renamed", application: "Original application." });
    const [row] = await handle.db.select().from(users).where(eq(users.id, person.id));
    expect(row!.application).toBe("Original application.");
  });

  it("an empty name comes back as a translated field error and changes nothing", async () => {
    const actor = await actorByEmail(handle.db, demoAccounts.attorney);
    for (const locale of ["en", "es"] as const) {
      const t = getTranslator(locale);
      const wire = await callOverHttp(
        contextFor(handle, actor, { locale }),
        "profile.update",
        { name: "   ", preferredLanguage: "fr" },
        "mutation",
      );
      expect(wire.ok).toBe(false);
      if (wire.ok) continue;
      expect(wire.status).toBe(400);
      expect(wire.error.message).toBe(t("errors.validation.summary"));
      expect(wire.error.data.fieldErrors).toEqual({
        name: t("errors.validation.required"),
        preferredLanguage: t("errors.validation.choice"),
      });
      expect(wire.raw).not.toMatch(internalLeak);
    }
    const [row] = await handle.db.select().from(users).where(eq(users.id, actor.userId));
    expect(row!.name).toBe("Alicia Attorney");
  });
});

describe("profile.signOutEverywhere", () => {
  it("ends every session of the caller, and only theirs, with an audit row", async () => {
    const person = await createUser(handle.db, { email: "many-devices@example.org" });
    const other = await createUser(handle.db, { email: "other-device@example.org" });
    for (let i = 0; i < 3; i++) await createSession(handle.db, person.id);
    await createSession(handle.db, other.id);

    const result = await callerFor(handle, await actorByEmail(handle.db, person.email)).profile.signOutEverywhere();
    expect(result).toEqual({ ended: 3 });
    expect(await sessionsOf(handle.db, person.id)).toEqual([]);
    expect(await sessionsOf(handle.db, other.id)).toHaveLength(1);
    const audit = await auditRowsFor(handle.db, person.id, "sessions.revoked_all");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: person.id, details: { sessions: 3 } });
  });

  it("a suspended person can still end their own sessions", async () => {
    const person = await createUser(handle.db, { email: "suspended-devices@example.org", accountState: "suspended" });
    await createSession(handle.db, person.id);
    const result = await callerFor(handle, await actorByEmail(handle.db, person.email)).profile.signOutEverywhere();
    expect(result).toEqual({ ended: 1 });
    expect(await sessionsOf(handle.db, person.id)).toEqual([]);
  });
});
