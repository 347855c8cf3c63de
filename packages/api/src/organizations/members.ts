import type { SignedInActor } from "@puente/auth/actor";
import { and, eq } from "drizzle-orm";
import type { Database, Executor } from "@puente/db";
import { organizationMembers } from "@puente/db/schema";
import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { PuenteError } from "../errors";

export const memberRoleInput = z.object({ userId: z.uuid(), role: z.enum(["member", "admin"]) });
export const memberRemoveInput = z.object({ userId: z.uuid() });

async function lockedMembership(tx: Executor, organizationId: string, userId: string) {
  const [row] = await tx
    .select()
    .from(organizationMembers)
    .where(and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, userId)))
    .for("update");
  if (!row) throw new PuenteError("NOT_FOUND", "errors.membership.notMember");
  return row;
}

async function assertAnotherAdminRemains(tx: Executor, organizationId: string) {
  // Lock the organization's admin rows so two concurrent demotions cannot both pass this check.
  const admins = await tx
    .select({ userId: organizationMembers.userId })
    .from(organizationMembers)
    .where(and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.role, "admin")))
    .for("update");
  if (admins.length <= 1) throw new PuenteError("CONFLICT", "errors.membership.lastAdmin");
}

export async function setMemberRole(
  db: Database,
  actor: SignedInActor,
  input: { organizationId: string } & z.infer<typeof memberRoleInput>,
) {
  return db.transaction(async (tx) => {
    const membership = await lockedMembership(tx, input.organizationId, input.userId);
    if (membership.role === input.role) return { changed: false };
    if (membership.role === "admin") await assertAnotherAdminRemains(tx, input.organizationId);
    await tx
      .update(organizationMembers)
      .set({ role: input.role })
      .where(
        and(eq(organizationMembers.organizationId, input.organizationId), eq(organizationMembers.userId, input.userId)),
      );
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "membership.role_changed",
      subjectType: "membership",
      subjectId: `${input.organizationId}:${input.userId}`,
      details: { from: membership.role, to: input.role },
    });
    return { changed: true };
  });
}

export async function removeMember(
  db: Database,
  actor: SignedInActor,
  input: { organizationId: string } & z.infer<typeof memberRemoveInput>,
) {
  return db.transaction(async (tx) => {
    const membership = await lockedMembership(tx, input.organizationId, input.userId);
    if (membership.role === "admin") await assertAnotherAdminRemains(tx, input.organizationId);
    await tx
      .delete(organizationMembers)
      .where(
        and(eq(organizationMembers.organizationId, input.organizationId), eq(organizationMembers.userId, input.userId)),
      );
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "membership.removed",
      subjectType: "membership",
      subjectId: `${input.organizationId}:${input.userId}`,
      details: { role: membership.role },
    });
    return { removed: true };
  });
}
