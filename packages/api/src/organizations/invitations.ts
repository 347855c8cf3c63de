import { isOrganizationAdmin, loadActor, type SignedInActor } from "@puente/auth/actor";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Database, Executor } from "@puente/db";
import { invitations, organizationMembers, organizations, users } from "@puente/db/schema";
import { renderInvitationMail } from "@puente/email";
import type { Locale } from "@puente/i18n";
import { queueOn } from "@puente/jobs";
import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { notFound, PuenteError } from "../errors";
import { hashInvitationToken, INVITATION_DAYS, newInvitationToken } from "./invitation-token";

export const inviteInput = z.object({
  email: z.email().max(254).transform((e) => e.trim().toLowerCase()),
  role: z.enum(["member", "admin"]).default("member"),
});
export const invitationIdInput = z.object({ invitationId: z.uuid() });
export const invitationTokenInput = z.object({ token: z.string().min(20).max(100) });

export function invitationUrl(appUrl: string, locale: Locale, token: string) {
  return `${appUrl}${locale === "es" ? "/es" : ""}/invitations/${token}`;
}

/** An organization admin invites someone by email; the invitation is their vouch. */
export async function invite(
  db: Database,
  actor: SignedInActor,
  input: { organizationId: string } & z.infer<typeof inviteInput>,
  options: { appUrl: string; locale: Locale },
) {
  const { token, tokenHash } = newInvitationToken();
  const created = await db.transaction(async (tx) => {
    // Locking the organization's row decides its invitations one at a time: two tabs inviting the
    // same address at once would otherwise both find no waiting invitation and both insert one.
    const [org] = await tx.select().from(organizations).where(eq(organizations.id, input.organizationId)).for("update");
    if (!org) throw notFound();
    const [existingMember] = await tx
      .select({ userId: organizationMembers.userId })
      .from(organizationMembers)
      .innerJoin(users, eq(users.id, organizationMembers.userId))
      .where(and(eq(organizationMembers.organizationId, org.id), eq(users.email, input.email)));
    if (existingMember) throw new PuenteError("CONFLICT", "errors.invitation.alreadyMember", { email: input.email });
    const [waiting] = await tx
      .select({ id: invitations.id })
      .from(invitations)
      .where(
        and(
          eq(invitations.organizationId, org.id),
          eq(invitations.email, input.email),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, new Date()),
        ),
      );
    if (waiting) throw new PuenteError("CONFLICT", "errors.invitation.alreadyInvited", { email: input.email });
    const [invitation] = await tx
      .insert(invitations)
      .values({
        organizationId: org.id,
        email: input.email,
        role: input.role,
        tokenHash,
        invitedById: actor.userId,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000),
      })
      .returning();
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "invitation.created",
      subjectType: "invitation",
      subjectId: invitation!.id,
      details: { organizationId: org.id, role: input.role },
    });
    const [invitee] = await tx
      .select({ language: users.preferredLanguage })
      .from(users)
      .where(eq(users.email, input.email));
    const language = invitee?.language ?? options.locale;
    // Queued in this transaction: the email exists exactly when the invitation does, and the queue
    // retries it through an SMTP outage.
    const mail = renderInvitationMail({
      to: input.email,
      url: invitationUrl(options.appUrl, language, token),
      locale: language,
      inviterName: actor.name ?? actor.email,
      organizationName: org.name,
      expiresInDays: INVITATION_DAYS,
    });
    await (await queueOn(db)).send("email.send", mail, { tx });
    return { invitation: invitation! };
  });
  return { id: created.invitation.id, email: input.email, expiresAt: created.invitation.expiresAt };
}

export async function revokeInvitation(
  db: Database,
  actor: SignedInActor,
  input: { organizationId: string; invitationId: string },
) {
  return db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(invitations.id, input.invitationId),
          eq(invitations.organizationId, input.organizationId),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .returning({ id: invitations.id });
    if (!revoked) throw notFound();
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "invitation.revoked",
      subjectType: "invitation",
      subjectId: revoked.id,
      details: { organizationId: input.organizationId },
    });
    return { revoked: true };
  });
}

type InvitationRow = typeof invitations.$inferSelect;

function assertUsable(invitation: InvitationRow | undefined): asserts invitation is InvitationRow {
  if (!invitation) throw new PuenteError("NOT_FOUND", "errors.invitation.notFound");
  if (invitation.acceptedAt) throw new PuenteError("CONFLICT", "errors.invitation.used");
  if (invitation.revokedAt) throw new PuenteError("CONFLICT", "errors.invitation.revoked");
  if (invitation.expiresAt <= new Date()) throw new PuenteError("BAD_REQUEST", "errors.invitation.expired");
}

/** The vouch holds only while the inviter is still an active admin of the organization. */
async function assertVouchHolds(db: Executor, invitation: InvitationRow) {
  if (!isOrganizationAdmin(await loadActor(db, invitation.invitedById), invitation.organizationId)) {
    throw new PuenteError("CONFLICT", "errors.invitation.revoked");
  }
}

/** What the invitation page shows before accepting: public organization name and the address invited. */
export async function previewInvitation(db: Database, token: string) {
  const [row] = await db
    .select({ invitation: invitations, organizationName: organizations.name })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(eq(invitations.tokenHash, hashInvitationToken(token)));
  assertUsable(row?.invitation);
  await assertVouchHolds(db, row!.invitation);
  return { organizationName: row!.organizationName, email: row!.invitation.email, expiresAt: row!.invitation.expiresAt };
}

/**
 * Accepting joins the organization and, for someone pending, approves the account on the
 * strength of the inviter's vouch. A suspended account stays suspended: an invitation must not
 * undo a moderator's decision.
 */
export async function acceptInvitation(db: Database, actor: SignedInActor, token: string) {
  return db.transaction(async (tx) => {
    const [invitation] = await tx
      .select()
      .from(invitations)
      .where(eq(invitations.tokenHash, hashInvitationToken(token)))
      .for("update");
    assertUsable(invitation);
    if (invitation.email !== actor.email.toLowerCase()) {
      throw new PuenteError("FORBIDDEN", "errors.invitation.wrongEmail", { email: invitation.email });
    }
    await assertVouchHolds(tx, invitation);
    const [user] = await tx.select().from(users).where(eq(users.id, actor.userId)).for("update");
    if (!user) throw notFound();
    await tx
      .insert(organizationMembers)
      .values({
        organizationId: invitation.organizationId,
        userId: user.id,
        role: invitation.role,
        vouchedById: invitation.invitedById,
      })
      .onConflictDoNothing();
    await tx
      .update(invitations)
      .set({ acceptedAt: new Date(), acceptedById: user.id })
      .where(eq(invitations.id, invitation.id));
    await recordAudit(tx, {
      actorId: user.id,
      action: "invitation.accepted",
      subjectType: "invitation",
      subjectId: invitation.id,
      details: { organizationId: invitation.organizationId, vouchedBy: invitation.invitedById },
    });
    if (user.accountState === "pending") {
      await tx
        .update(users)
        .set({ accountState: "active", roles: user.roles.includes("member") ? user.roles : [...user.roles, "member"] })
        .where(eq(users.id, user.id));
      await recordAudit(tx, {
        actorId: invitation.invitedById,
        action: "user.approved",
        subjectType: "user",
        subjectId: user.id,
        details: { via: "invitation", invitationId: invitation.id },
      });
    }
    const [org] = await tx
      .select({ name: organizations.name })
      .from(organizations)
      .where(eq(organizations.id, invitation.organizationId));
    return { organizationId: invitation.organizationId, organizationName: org?.name ?? "" };
  });
}
