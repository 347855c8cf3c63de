import { and, eq, type Executor } from "@puente/db";
import { referrals, type ReferralEventKind, type ReferralStatus } from "@puente/db/schema";
import { PuenteError } from "../errors";
import type { ReferralRow } from "./access";
import { assertTransition, recordEvent } from "./state-machine";

/**
 * The one way a referral's status changes: checks the move against the transition table, bumps
 * the version only if nobody changed the row meanwhile (compare-and-set), and writes the timeline
 * row — all on the caller's transaction.
 */
export async function applyTransition(
  tx: Executor,
  referral: ReferralRow,
  to: ReferralStatus,
  event: {
    kind: ReferralEventKind;
    actorId: string | null;
    offerId?: string | null;
    note?: string | null;
    set?: Partial<Pick<ReferralRow, "outcome" | "acceptedAttorneyId" | "acceptedAt" | "closedAt" | "openedAt">>;
  },
): Promise<ReferralRow> {
  assertTransition(referral.status, to);
  const [updated] = await tx
    .update(referrals)
    .set({ ...event.set, status: to, version: referral.version + 1 })
    .where(and(eq(referrals.id, referral.id), eq(referrals.version, referral.version)))
    .returning();
  if (!updated) throw new PuenteError("CONFLICT", "referrals.errors.stale");
  await recordEvent(tx, {
    referralId: referral.id,
    kind: event.kind,
    from: referral.status,
    to,
    actorId: event.actorId,
    offerId: event.offerId,
    note: event.note,
  });
  return updated;
}
