import type { SignedInActor } from "@puente/auth/actor";
import type { Database, Executor } from "@puente/db";
import { attorneyBarAdmissions, attorneyProfiles, users, type BarVerificationState } from "@puente/db/schema";
import { and, asc, eq, exists, or } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import { notFound, PuenteError } from "../errors";
import { loadProfiles } from "./read-profile";

/**
 * Moderators vet attorneys: they verify each bar admission against the state bar's public
 * roll, then approve the application, which grants the platform role "attorney". An attorney
 * is never approvable without at least one verified admission.
 */

/** Applications waiting for a decision, and approved attorneys with a new admission to check. Oldest first. */
export async function attorneyApplications(db: Executor) {
  const rows = await db
    .select({ userId: attorneyProfiles.userId })
    .from(attorneyProfiles)
    .where(
      or(
        eq(attorneyProfiles.applicationState, "pending"),
        and(
          eq(attorneyProfiles.applicationState, "approved"),
          exists(
            db
              .select({ one: attorneyBarAdmissions.id })
              .from(attorneyBarAdmissions)
              .where(
                and(
                  eq(attorneyBarAdmissions.attorneyId, attorneyProfiles.userId),
                  eq(attorneyBarAdmissions.verificationState, "pending"),
                ),
              ),
          ),
        ),
      ),
    )
    .orderBy(asc(attorneyProfiles.updatedAt), asc(attorneyProfiles.userId))
    .limit(200);
  return loadProfiles(
    db,
    rows.map((r) => r.userId),
    "moderator",
  );
}

function refuseSelfReview(actor: SignedInActor, attorneyId: string) {
  if (attorneyId === actor.userId) throw new PuenteError("FORBIDDEN", "attorneys.errors.selfReview");
}

export async function decideOnBarAdmission(
  db: Database,
  actor: SignedInActor,
  admissionId: string,
  decision: Exclude<BarVerificationState, "pending">,
) {
  return db.transaction(async (tx) => {
    const [admission] = await tx
      .select()
      .from(attorneyBarAdmissions)
      .where(eq(attorneyBarAdmissions.id, admissionId))
      .for("update");
    if (!admission) throw notFound();
    refuseSelfReview(actor, admission.attorneyId);
    await tx
      .update(attorneyBarAdmissions)
      .set({ verificationState: decision, verifiedById: actor.userId, verifiedAt: new Date() })
      .where(eq(attorneyBarAdmissions.id, admissionId));
    await recordAudit(tx, {
      actorId: actor.userId,
      action: decision === "verified" ? "bar_admission.verified" : "bar_admission.rejected",
      subjectType: "bar_admission",
      subjectId: admissionId,
      details: { attorneyId: admission.attorneyId, state: admission.stateCode, from: admission.verificationState },
    });
    return { id: admissionId, state: admission.stateCode, verificationState: decision };
  });
}

/** Approve: the profile, the role and (for a person not yet vetted) the account change together. */
export async function approveAttorney(db: Database, actor: SignedInActor, userId: string) {
  refuseSelfReview(actor, userId);
  return db.transaction(async (tx) => {
    const { profile, user } = await lockApplication(tx, userId);
    if (profile.applicationState === "approved") throw new PuenteError("CONFLICT", "attorneys.errors.notPending");
    const [verified] = await tx
      .select({ id: attorneyBarAdmissions.id })
      .from(attorneyBarAdmissions)
      .where(and(eq(attorneyBarAdmissions.attorneyId, userId), eq(attorneyBarAdmissions.verificationState, "verified")))
      .limit(1);
    if (!verified) throw new PuenteError("CONFLICT", "attorneys.errors.noVerifiedBar");
    if (user.accountState === "suspended") throw new PuenteError("CONFLICT", "attorneys.errors.accountSuspended");

    await tx
      .update(attorneyProfiles)
      .set({ applicationState: "approved", reviewedById: actor.userId, reviewedAt: new Date(), rejectionReason: null })
      .where(eq(attorneyProfiles.userId, userId));
    // Vetting an attorney vets the person: a pending account becomes active.
    const roles = user.roles.includes("attorney") ? user.roles : [...user.roles, "attorney" as const];
    await tx.update(users).set({ roles, accountState: "active" }).where(eq(users.id, userId));
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "attorney.approved",
      subjectType: "attorney",
      subjectId: userId,
      details: { from: profile.applicationState, accountState: { from: user.accountState, to: "active" }, roles },
    });
    return { userId, name: user.name ?? user.email, applicationState: "approved" as const };
  });
}

/** Reject an application, or withdraw an approval: the role "attorney" goes with it. */
export async function rejectAttorney(db: Database, actor: SignedInActor, userId: string, reason: string) {
  refuseSelfReview(actor, userId);
  return db.transaction(async (tx) => {
    const { profile, user } = await lockApplication(tx, userId);
    if (profile.applicationState === "rejected") throw new PuenteError("CONFLICT", "attorneys.errors.notPending");
    await tx
      .update(attorneyProfiles)
      .set({ applicationState: "rejected", reviewedById: actor.userId, reviewedAt: new Date(), rejectionReason: reason })
      .where(eq(attorneyProfiles.userId, userId));
    const roles = user.roles.filter((r) => r !== "attorney");
    await tx.update(users).set({ roles }).where(eq(users.id, userId));
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "attorney.rejected",
      subjectType: "attorney",
      subjectId: userId,
      details: { from: profile.applicationState, reason, roles },
    });
    return { userId, name: user.name ?? user.email, applicationState: "rejected" as const };
  });
}

async function lockApplication(tx: Executor, userId: string) {
  const [profile] = await tx.select().from(attorneyProfiles).where(eq(attorneyProfiles.userId, userId)).for("update");
  if (!profile) throw notFound();
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
  if (!user) throw notFound();
  return { profile, user };
}
