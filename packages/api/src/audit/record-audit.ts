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
  | "sessions.revoked_all";

/** Call inside the transaction that makes the change, so the two land together or not at all. */
export async function recordAudit(
  tx: Executor,
  event: {
    actorId: string | null;
    action: AuditAction;
    subjectType: "user" | "organization" | "invitation" | "membership";
    subjectId: string;
    details?: Record<string, unknown>;
  },
) {
  await tx.insert(auditEvents).values({ ...event, details: event.details ?? {} });
}
