import { createHash } from "node:crypto";
import { visitor } from "@puente/auth/actor";
import { invitations, organizationMembers, users } from "@puente/db/schema";
import { addMember, createOrganization, createUser, demoAccounts, demoProgramName } from "@puente/db/seed";
import { mailDirectory } from "@puente/email";
import { getTranslator } from "@puente/i18n";
import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { AccessDenied } from "../errors";
import { deliveredTo, inviteAndReadToken, mailTo, orgAdminCaller, useInvitationSuite } from "../testing/invitation-fixture";
import {
  actorByEmail,
  auditRowsFor,
  callerFor,
  callOverHttp,
  contextFor,
  internalLeak,
  rejectionOf,
  TEST_APP_URL,
} from "../testing/test-context";

// Duplicate and concurrent invitations: invitation-duplicates.test.ts.
const mailDir = await vi.hoisted(async () => (await import("../testing/mail-dir")).useTemporaryMailDir("invitation"));
const suite = useInvitationSuite(mailDir);

const en = getTranslator("en");
const es = getTranslator("es");

describe("inviting, previewing and accepting", () => {
  it("writes mail outside the repository", () => {
    expect(mailDirectory()).toBe(mailDir);
  });

  it("invite → email with a link → preview → accept approves a pending person on the inviter's vouch", async () => {
    const newcomer = await createUser(suite.handle.db, {
      email: "newcomer@example.org",
      accountState: "pending",
      application: "Case manager at a clinic; caseload note: confidential-marker-7731",
    });

    const { result, token, mail, link } = await inviteAndReadToken(suite, "NewComer@Example.org");
    expect(result.email).toBe("newcomer@example.org");
    const days = (result.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);

    // The email: one link carrying the token, in the invitee's language, and nothing about anyone's case.
    expect(link).toBe(`${TEST_APP_URL}/invitations/${token}`);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(mail.subject).toBe(en("email.invitation.subject"));
    expect(mail.language).toBe("en");
    expect(mail.text).toContain(demoProgramName);
    expect(mail.text).toContain("Olga Orgadmin");
    expect(mail.text).not.toContain("confidential-marker-7731");
    expect(mail.text).not.toContain(newcomer.id);
    expect(mail.links).toEqual([link]);

    // Only a hash of the token is stored.
    const [row] = await suite.handle.db.select().from(invitations).where(eq(invitations.id, result.id));
    expect(row!.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(await auditRowsFor(suite.handle.db, result.id, "invitation.created")).toHaveLength(1);

    const preview = await callerFor(suite.handle, visitor).invitation.preview({ token });
    expect(preview).toEqual({
      organizationName: demoProgramName,
      email: "newcomer@example.org",
      expiresAt: row!.expiresAt,
    });

    const pending = await actorByEmail(suite.handle.db, "newcomer@example.org");
    expect(pending.state).toBe("pending");
    const accepted = await callerFor(suite.handle, pending).invitation.accept({ token });
    expect(accepted).toEqual({ organizationId: suite.programId, organizationName: demoProgramName });

    const [user] = await suite.handle.db.select().from(users).where(eq(users.id, newcomer.id));
    expect(user!.accountState).toBe("active");
    expect(user!.roles).toEqual(["member"]);
    const [membership] = await suite.handle.db
      .select()
      .from(organizationMembers)
      .where(and(eq(organizationMembers.organizationId, suite.programId), eq(organizationMembers.userId, newcomer.id)));
    expect(membership).toMatchObject({ role: "member", vouchedById: suite.orgAdminId });

    const [used] = await suite.handle.db.select().from(invitations).where(eq(invitations.id, result.id));
    expect(used!.acceptedAt).toBeInstanceOf(Date);
    expect(used!.acceptedById).toBe(newcomer.id);

    const acceptedRows = await auditRowsFor(suite.handle.db, result.id, "invitation.accepted");
    expect(acceptedRows).toHaveLength(1);
    expect(acceptedRows[0]).toMatchObject({ actorId: newcomer.id, details: { organizationId: suite.programId, vouchedBy: suite.orgAdminId } });
    const approvedRows = await auditRowsFor(suite.handle.db, newcomer.id, "user.approved");
    expect(approvedRows).toHaveLength(1);
    expect(approvedRows[0]).toMatchObject({ actorId: suite.orgAdminId, details: { via: "invitation", invitationId: result.id } });

    // The next request sees a vetted member of the program.
    const now = await actorByEmail(suite.handle.db, "newcomer@example.org");
    const mine = await callerFor(suite.handle, now).organization.mine();
    expect(mine.map((o) => o.id)).toEqual([suite.programId]);
  });

  it("an invitation as admin makes the person an admin of the organization", async () => {
    await createUser(suite.handle.db, { email: "co-lead@example.org", accountState: "pending" });
    const { token } = await inviteAndReadToken(suite, "co-lead@example.org", { role: "admin" });
    const actor = await actorByEmail(suite.handle.db, "co-lead@example.org");
    await callerFor(suite.handle, actor).invitation.accept({ token });
    const after = await actorByEmail(suite.handle.db, "co-lead@example.org");
    expect(after.memberships).toEqual([{ organizationId: suite.programId, role: "admin" }]);
  });

  it("an active person who accepts joins the organization and keeps their account as it was", async () => {
    const attorney = await actorByEmail(suite.handle.db, demoAccounts.attorney);
    const { token, mail, link } = await inviteAndReadToken(suite, demoAccounts.attorney);
    // The attorney reads Spanish: the email and its link follow their language, not the inviter's.
    expect(mail.language).toBe("es");
    expect(mail.subject).toBe(es("email.invitation.subject"));
    expect(link).toBe(`${TEST_APP_URL}/es/invitations/${token}`);

    await callerFor(suite.handle, attorney).invitation.accept({ token });
    const after = await actorByEmail(suite.handle.db, demoAccounts.attorney);
    expect(after.state).toBe("active");
    expect(after.roles).toEqual(attorney.roles);
    expect(after.memberships).toContainEqual({ organizationId: suite.programId, role: "member" });
    expect(await auditRowsFor(suite.handle.db, attorney.userId, "user.approved")).toHaveLength(0);
  });

  it("a suspended person who accepts stays suspended and gains no access", async () => {
    const suspended = await createUser(suite.handle.db, { email: "suspended-invitee@example.org", accountState: "suspended" });
    const { token } = await inviteAndReadToken(suite, "suspended-invitee@example.org");
    await callerFor(suite.handle, await actorByEmail(suite.handle.db, "suspended-invitee@example.org")).invitation.accept({ token });

    const [user] = await suite.handle.db.select().from(users).where(eq(users.id, suspended.id));
    expect(user!.accountState).toBe("suspended");
    expect(await auditRowsFor(suite.handle.db, suspended.id, "user.approved")).toHaveLength(0);
    const error = await rejectionOf(
      callerFor(suite.handle, await actorByEmail(suite.handle.db, "suspended-invitee@example.org")).organization.mine(),
    );
    expect(error).toBeInstanceOf(AccessDenied);
    expect(error.code).toBe("FORBIDDEN");
  });

  it("a Spanish page sends a Spanish invitation to someone not yet known", async () => {
    const { mail, token, link } = await inviteAndReadToken(suite, "desconocida@example.org", { locale: "es" });
    expect(mail.language).toBe("es");
    expect(mail.text).toContain(es("email.invitation.action"));
    expect(link).toBe(`${TEST_APP_URL}/es/invitations/${token}`);
  });
});

describe("refusals", () => {
  it("refuses acceptance by someone signed in with another address, in their language", async () => {
    const { token, result } = await inviteAndReadToken(suite, "intended@example.org");
    const stranger = await actorByEmail(suite.handle.db, demoAccounts.pending);

    const error = await rejectionOf(callerFor(suite.handle, stranger).invitation.accept({ token }));
    expect(error.code).toBe("FORBIDDEN");
    expect(error).not.toBeInstanceOf(AccessDenied);

    for (const [locale, t] of [["en", en], ["es", es]] as const) {
      const wire = await callOverHttp(contextFor(suite.handle, stranger, { locale }), "invitation.accept", { token }, "mutation");
      expect(wire.ok).toBe(false);
      if (wire.ok) continue;
      expect(wire.status).toBe(403);
      expect(wire.error.data.code).toBe("FORBIDDEN");
      expect(wire.error.data.messageKey).toBe("errors.invitation.wrongEmail");
      expect(wire.error.message).toBe(t("errors.invitation.wrongEmail", { email: "intended@example.org" }));
      expect(wire.error.message).not.toMatch(internalLeak);
    }
    const wireEs = await callOverHttp(contextFor(suite.handle, stranger, { locale: "es" }), "invitation.accept", { token }, "mutation");
    expect(wireEs.ok || wireEs.error.message).toBe(
      "Esta invitación se envió a intended@example.org. Inicie sesión con esa dirección para aceptarla.",
    );

    // Nothing changed: the invitation is still open and the stranger did not join.
    const [row] = await suite.handle.db.select().from(invitations).where(eq(invitations.id, result.id));
    expect(row!.acceptedAt).toBeNull();
    const after = await actorByEmail(suite.handle.db, demoAccounts.pending);
    expect(after.state).toBe("pending");
    expect(after.memberships).toEqual([]);
  });

  it("refuses a used invitation", async () => {
    await createUser(suite.handle.db, { email: "twice@example.org", accountState: "pending" });
    const { token } = await inviteAndReadToken(suite, "twice@example.org");
    const actor = await actorByEmail(suite.handle.db, "twice@example.org");
    await callerFor(suite.handle, actor).invitation.accept({ token });

    const again = await rejectionOf(callerFor(suite.handle, actor).invitation.accept({ token }));
    expect(again).toMatchObject({ code: "CONFLICT", key: "errors.invitation.used" });
    const preview = await callOverHttp(contextFor(suite.handle, visitor), "invitation.preview", { token });
    expect(preview.ok || preview.error.message).toBe(en("errors.invitation.used"));
    expect(preview.ok || preview.error.data.code).toBe("CONFLICT");
  });

  it("refuses a withdrawn invitation, and withdrawing is audited once", async () => {
    const { token, result } = await inviteAndReadToken(suite, "withdrawn@example.org");
    const admin = await orgAdminCaller(suite);
    expect(await admin.organization.revokeInvitation({ organizationId: suite.programId, invitationId: result.id })).toEqual({
      revoked: true,
    });
    expect(await auditRowsFor(suite.handle.db, result.id, "invitation.revoked")).toHaveLength(1);
    const twice = await rejectionOf(admin.organization.revokeInvitation({ organizationId: suite.programId, invitationId: result.id }));
    expect(twice.code).toBe("NOT_FOUND");

    const invitee = await createUser(suite.handle.db, { email: "withdrawn@example.org", accountState: "pending" });
    const error = await rejectionOf(
      callerFor(suite.handle, await actorByEmail(suite.handle.db, invitee.email)).invitation.accept({ token }),
    );
    expect(error).toMatchObject({ code: "CONFLICT", key: "errors.invitation.revoked" });
    const wire = await callOverHttp(contextFor(suite.handle, visitor, { locale: "es" }), "invitation.preview", { token });
    expect(wire.ok || wire.error.message).toBe(es("errors.invitation.revoked"));
    const [user] = await suite.handle.db.select().from(users).where(eq(users.id, invitee.id));
    expect(user!.accountState).toBe("pending");
  });

  it("refuses an expired invitation, which no longer blocks a new one", async () => {
    const { token, result } = await inviteAndReadToken(suite, "late@example.org");
    await suite.handle.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, result.id));
    const invitee = await createUser(suite.handle.db, { email: "late@example.org", accountState: "pending" });

    const error = await rejectionOf(callerFor(suite.handle, await actorByEmail(suite.handle.db, invitee.email)).invitation.accept({ token }));
    expect(error).toMatchObject({ code: "BAD_REQUEST", key: "errors.invitation.expired" });
    const wire = await callOverHttp(contextFor(suite.handle, visitor), "invitation.preview", { token });
    expect(wire.ok || wire.error.message).toBe(en("errors.invitation.expired"));
    const [user] = await suite.handle.db.select().from(users).where(eq(users.id, invitee.id));
    expect(user!.accountState).toBe("pending");

    const fresh = await inviteAndReadToken(suite, "late@example.org");
    expect(fresh.token).not.toBe(token);
  });

  it("refuses a token that names no invitation", async () => {
    const error = await rejectionOf(callerFor(suite.handle, visitor).invitation.preview({ token: "x".repeat(43) }));
    expect(error).toMatchObject({ code: "NOT_FOUND", key: "errors.invitation.notFound" });
  });

  it("an admin cannot withdraw another organization's invitation by naming their own organization", async () => {
    const other = await createOrganization(suite.handle.db, { name: "Other Program For Revoke", state: "TX" });
    const platformAdmin = callerFor(suite.handle, await actorByEmail(suite.handle.db, demoAccounts.admin));
    const invited = await platformAdmin.organization.invite({ organizationId: other.id, email: "elsewhere@example.org", role: "member" });
    const error = await rejectionOf(
      (await orgAdminCaller(suite)).organization.revokeInvitation({ organizationId: suite.programId, invitationId: invited.id }),
    );
    expect(error.code).toBe("NOT_FOUND");
    const [row] = await suite.handle.db.select().from(invitations).where(eq(invitations.id, invited.id));
    expect(row!.revokedAt).toBeNull();
  });

  // The invitation is the inviter's vouch: it is worth no more than the inviter's standing now.
  it.each([
    { change: "suspended by a moderator", key: "suspended" },
    { change: "no longer an admin of the organization", key: "demoted" },
  ] as const)("an invitation from an admin since $change vouches for nobody", async ({ key }) => {
    const org = await createOrganization(suite.handle.db, { name: `Vouch Test Program ${key}`, state: "AZ" });
    const inviter = await createUser(suite.handle.db, { email: `inviter-${key}@example.org` });
    const coAdmin = await createUser(suite.handle.db, { email: `co-admin-${key}@example.org` });
    await addMember(suite.handle.db, org.id, inviter.id, "admin");
    await addMember(suite.handle.db, org.id, coAdmin.id, "admin");
    const invitee = await createUser(suite.handle.db, { email: `vouched-${key}@example.org`, accountState: "pending" });

    await callerFor(suite.handle, await actorByEmail(suite.handle.db, inviter.email)).organization.invite({
      organizationId: org.id,
      email: invitee.email,
      role: "member",
    });
    const link = (await deliveredTo(invitee.email))[0]!.links.find((l) => l.includes("/invitations/"))!;
    const token = link.split("/invitations/")[1]!;

    if (key === "suspended") {
      await callerFor(suite.handle, await actorByEmail(suite.handle.db, demoAccounts.moderator)).vetting.suspendPerson({ userId: inviter.id });
    } else {
      await callerFor(suite.handle, await actorByEmail(suite.handle.db, coAdmin.email)).organization.setMemberRole({
        organizationId: org.id,
        userId: inviter.id,
        role: "member",
      });
    }

    // The invitation page already says it is withdrawn, before anyone tries to accept it.
    const preview = await rejectionOf(callerFor(suite.handle).invitation.preview({ token }));
    expect(preview).toMatchObject({ code: "CONFLICT", key: "errors.invitation.revoked" });
    const error = await rejectionOf(callerFor(suite.handle, await actorByEmail(suite.handle.db, invitee.email)).invitation.accept({ token }));
    expect(error).toMatchObject({ code: "CONFLICT", key: "errors.invitation.revoked" });
    const after = await actorByEmail(suite.handle.db, invitee.email);
    expect(after.state).toBe("pending");
    expect(after.memberships).toEqual([]);
    expect(await auditRowsFor(suite.handle.db, invitee.id, "user.approved")).toEqual([]);
  });

  it("an invitation with an address that is not one comes back as a translated field error", async () => {
    const actor = await actorByEmail(suite.handle.db, demoAccounts.orgadmin);
    for (const [locale, t] of [["en", en], ["es", es]] as const) {
      const wire = await callOverHttp(
        contextFor(suite.handle, actor, { locale }),
        "organization.invite",
        { organizationId: suite.programId, email: "not-an-email" },
        "mutation",
      );
      expect(wire.ok).toBe(false);
      if (wire.ok) continue;
      expect(wire.status).toBe(400);
      expect(wire.error.data.code).toBe("BAD_REQUEST");
      expect(wire.error.message).toBe(t("errors.validation.summary"));
      expect(wire.error.data.fieldErrors).toEqual({ email: t("errors.validation.email") });
      expect(wire.raw).not.toMatch(internalLeak);
    }
    expect(en("errors.validation.email")).not.toBe(es("errors.validation.email"));
    expect(await mailTo("not-an-email")).toHaveLength(0);
  });
});
