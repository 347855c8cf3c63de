import { and, type Database, eq, type Executor } from "@puente/db";
import { organizationMembers, referralOffers, referrals } from "@puente/db/schema";
import { queueOn } from "@puente/jobs";
import { recordAudit } from "../audit/record-audit";
import type { ReferralRow } from "./access";
import { consentEndsAt, consentLapsed, standingConsent } from "./consent";
import { applyTransition } from "./lifecycle-core";
import { notifyPeople } from "./notify";

/**
 * A referral still waiting for an attorney (open or offered) expires when the survivor's consent
 * ends. One accepted or in progress is left with its attorney; the page warns both sides instead
 * (docs/architecture.md, "Referrals expire with their consent").
 */
export const expirableStatuses: readonly ReferralRow["status"][] = ["open", "offered"];

/** Queues the expiry at the moment the consent ends, in the caller's transaction. No end date: nothing to queue. */
export async function queueConsentExpiry(
  db: Database,
  tx: Executor,
  referralId: string,
  expiresOn: string | null | undefined,
  appUrl: string,
): Promise<void> {
  if (!expiresOn) return;
  await (await queueOn(db)).send("referral.consent.expire", { referralId, appUrl }, { tx, startAfter: consentEndsAt(expiresOn) });
}

/**
 * The job at the consent's end (and the sweep). Idempotent: a referral accepted, withdrawn or
 * already expired, or whose consent was withdrawn, is left alone; one whose consent now ends later
 * (or a job that started early) is looked at again when it is due.
 */
export async function expireForConsent(db: Database, referralId: string, appUrl: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [referral] = await tx.select().from(referrals).where(eq(referrals.id, referralId)).for("update");
    if (!referral || !expirableStatuses.includes(referral.status)) return;
    const consent = await standingConsent(tx, referral.id);
    if (!consent?.expiresOn) return;
    if (!consentLapsed(consent)) {
      await queueConsentExpiry(db, tx, referral.id, consent.expiresOn, appUrl);
      return;
    }
    await expireLockedReferral(db, tx, referral, appUrl);
  });
}

/**
 * Expires a referral whose row the caller has locked: the live offer ends with it (the attorney no
 * longer sees the referral), the timeline says Puente did it, and the organization's members get a
 * link-only email in their language.
 */
export async function expireLockedReferral(db: Database, tx: Executor, referral: ReferralRow, appUrl: string): Promise<ReferralRow> {
  const [ended] = await tx
    .update(referralOffers)
    .set({ state: "expired" })
    .where(and(eq(referralOffers.referralId, referral.id), eq(referralOffers.state, "offered")))
    .returning({ id: referralOffers.id });
  const updated = await applyTransition(tx, referral, "expired", {
    kind: "expired",
    actorId: null,
    offerId: ended?.id ?? null,
    note: "consent_expired",
  });
  await recordAudit(tx, {
    actorId: null,
    action: "referral.expired",
    subjectType: "referral",
    subjectId: referral.id,
    details: { reason: "consent_expired", offerId: ended?.id ?? null },
  });
  const members = await tx
    .select({ userId: organizationMembers.userId })
    .from(organizationMembers)
    .where(eq(organizationMembers.organizationId, referral.organizationId));
  await notifyPeople(db, tx, { userIds: members.map((m) => m.userId), kind: "expired", referralId: referral.id, appUrl });
  return updated;
}
