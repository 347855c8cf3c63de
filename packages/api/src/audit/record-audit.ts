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
  | "listing.editor_added"
  | "listing.editor_removed"
  | "attorney.applied"
  | "attorney.updated"
  | "attorney.approved"
  | "attorney.rejected"
  | "attorney.availability_changed"
  | "bar_admission.verified"
  | "bar_admission.rejected"
  | "referral.created"
  | "referral.details_read"
  | "referral.offered"
  | "referral.offer_accepted"
  | "referral.offer_declined"
  | "referral.offer_expired"
  | "referral.expired"
  | "referral.status_changed"
  | "referral.consent_revoked"
  | "referral.message_posted"
  | "referral.hours_logged"
  | "referral.hours_exported"
  | "strategy.flagged"
  | "strategy.moderated";

/** Call inside the transaction that makes the change, so the two land together or not at all. */
export async function recordAudit(
  tx: Executor,
  event: {
    actorId: string | null;
    action: AuditAction;
    subjectType: "user" | "organization" | "invitation" | "membership" | "attorney" | "bar_admission" | "referral" | "strategy_post" | "strategy_thread" | "strategy_group" | "strategy_category" | "strategy_settings";
    subjectId: string;
    details?: Record<string, unknown>;
  },
) {
  await tx.insert(auditEvents).values({ ...event, details: event.details ?? {} });
}
