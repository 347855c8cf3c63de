import type { Executor } from "@puente/db";
import { referralEvents, type ReferralEventKind, type ReferralStatus } from "@puente/db/schema";
import { PuenteError } from "../errors";

/**
 * The legal moves of a referral, and nothing else: every status change in the domain goes through
 * `assertTransition`, so an illegal one is refused with the same clear message wherever it is tried.
 * Offers that lapse or are declined take "offered" back to "open" (or straight to the next offer).
 */
export const referralTransitions: Record<ReferralStatus, readonly ReferralStatus[]> = {
  draft: ["open", "withdrawn"],
  open: ["offered", "withdrawn", "expired"],
  offered: ["open", "offered", "accepted", "withdrawn", "expired"],
  accepted: ["in_progress", "closed", "withdrawn"],
  in_progress: ["closed", "withdrawn"],
  closed: [],
  withdrawn: [],
  expired: [],
};

export function canTransition(from: ReferralStatus, to: ReferralStatus): boolean {
  return referralTransitions[from].includes(to);
}

export function assertTransition(from: ReferralStatus, to: ReferralStatus): void {
  if (!canTransition(from, to)) {
    throw new PuenteError("CONFLICT", "referrals.errors.illegalTransition", { from, to });
  }
}

/** Statuses in which a referral still waits for, or is with, an attorney. */
export const liveStatuses: readonly ReferralStatus[] = ["open", "offered", "accepted", "in_progress"];
/** Statuses in which an attorney holds the referral: they count against capacity. */
export const activeStatuses: readonly ReferralStatus[] = ["accepted", "in_progress"];

/** One timeline row, written in the transaction that made the change. `actorId` null: the job queue. */
export async function recordEvent(
  tx: Executor,
  event: {
    referralId: string;
    kind: ReferralEventKind;
    from: ReferralStatus | null;
    to: ReferralStatus;
    actorId: string | null;
    offerId?: string | null;
    note?: string | null;
  },
): Promise<void> {
  await tx.insert(referralEvents).values({
    referralId: event.referralId,
    kind: event.kind,
    fromStatus: event.from,
    toStatus: event.to,
    actorId: event.actorId,
    offerId: event.offerId ?? null,
    note: event.note ?? null,
  });
}
