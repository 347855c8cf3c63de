import type { SignedInActor } from "@puente/auth/actor";
import { eq } from "drizzle-orm";
import type { Database } from "@puente/db";
import { organizations, sessions, users, type AccountState } from "@puente/db/schema";
import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { notFound, PuenteError } from "../errors";

export const personInput = z.object({ userId: z.uuid() });
export const organizationDecisionInput = z.object({ organizationId: z.uuid() });

type Transition = { from: AccountState[]; to: AccountState; action: "user.approved" | "user.suspended" | "user.reinstated" };

const transitions = {
  approve: { from: ["pending"], to: "active", action: "user.approved" },
  suspend: { from: ["pending", "active"], to: "suspended", action: "user.suspended" },
  reinstate: { from: ["suspended"], to: "active", action: "user.reinstated" },
} satisfies Record<string, Transition>;

/** Approve, suspend or reinstate a person; the state change and its audit row commit together. */
export async function decideOnPerson(
  db: Database,
  actor: SignedInActor,
  userId: string,
  decision: keyof typeof transitions,
) {
  if (userId === actor.userId) throw new PuenteError("FORBIDDEN", "errors.vetting.selfChange");
  const rule: Transition = transitions[decision];
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
    if (!user) throw notFound();
    if (!rule.from.includes(user.accountState)) throw new PuenteError("CONFLICT", "errors.vetting.notPending");
    // A moderator cannot suspend an administrator; only another administrator can.
    if (decision === "suspend" && user.roles.includes("admin") && !actor.roles.includes("admin")) {
      throw new PuenteError("FORBIDDEN", "errors.forbidden");
    }
    const roles = rule.to === "active" && !user.roles.includes("member") ? [...user.roles, "member" as const] : user.roles;
    await tx.update(users).set({ accountState: rule.to, roles }).where(eq(users.id, userId));
    // Suspension takes effect now, not at the next sign-in.
    if (rule.to === "suspended") await tx.delete(sessions).where(eq(sessions.userId, userId));
    await recordAudit(tx, {
      actorId: actor.userId,
      action: rule.action,
      subjectType: "user",
      subjectId: userId,
      details: { from: user.accountState, to: rule.to },
    });
    return { id: userId, name: user.name ?? user.email, accountState: rule.to };
  });
}

export async function decideOnOrganization(
  db: Database,
  actor: SignedInActor,
  organizationId: string,
  verified: boolean,
) {
  return db.transaction(async (tx) => {
    const [org] = await tx.select().from(organizations).where(eq(organizations.id, organizationId)).for("update");
    if (!org) throw notFound();
    await tx
      .update(organizations)
      .set({
        verificationState: verified ? "verified" : "rejected",
        verifiedAt: verified ? new Date() : null,
        verifiedById: verified ? actor.userId : null,
      })
      .where(eq(organizations.id, organizationId));
    await recordAudit(tx, {
      actorId: actor.userId,
      action: verified ? "organization.verified" : "organization.rejected",
      subjectType: "organization",
      subjectId: organizationId,
      details: { from: org.verificationState },
    });
    return { id: organizationId, name: org.name, verificationState: verified ? "verified" : "rejected" };
  });
}
