import type { Executor } from "@puente/db";
import { auditEvents } from "@puente/db/schema";

export type AuditAction =
  | "user.approved"
  | "user.suspended"
  | "user.reinstated"
  | "user.roles_changed"
  | "organization.verified"
  | "organization.rejected"
  | "membership.role_changed"
  | "membership.removed"
  | "invitation.created"
  | "invitation.revoked"
  | "invitation.accepted"
  | "sessions.revoked_all"
  | "attorney.applied"
  | "attorney.updated"
  | "attorney.approved"
  | "attorney.rejected"
  | "attorney.availability_changed"
  | "bar_admission.verified"
  | "bar_admission.rejected";

/** Call inside the transaction that makes the change, so the two land together or not at all. */
export async function recordAudit(
  tx: Executor,
  event: {
    actorId: string | null;
    action: AuditAction;
    subjectType: "user" | "organization" | "invitation" | "membership" | "attorney" | "bar_admission";
    subjectId: string;
    details?: Record<string, unknown>;
  },
) {
  await tx.insert(auditEvents).values({ ...event, details: event.details ?? {} });
}
