import { type Database, eq } from "@puente/db";
import { referralOffers } from "@puente/db/schema";
import { queueOn } from "@puente/jobs";
import { recordAudit } from "../audit/record-audit";
import { applyTransition } from "./lifecycle-core";
import { notifyPeople } from "./notify";
import { lockOffer, moveDownTheList } from "./offer-core";

/**
 * Runs on the job queue at an offer's `expiresAt`. Idempotent: an offer answered, withdrawn or
 * already lapsed is left alone, so a retried or duplicated job changes nothing.
 */
export async function expireOffer(db: Database, offerId: string, appUrl: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { referral, offer } = await lockOffer(tx, offerId, null);
    if (offer.state !== "offered") return;
    if (offer.expiresAt.getTime() > Date.now()) {
      // Started early (clock skew between machines): look again when it is due.
      await (await queueOn(db)).send("referral.offer.expire", { offerId, appUrl }, { tx, startAfter: offer.expiresAt });
      return;
    }
    await tx.update(referralOffers).set({ state: "expired" }).where(eq(referralOffers.id, offer.id));
    const reopened = await applyTransition(tx, referral, "open", { kind: "offer_expired", actorId: null, offerId: offer.id });
    await recordAudit(tx, {
      actorId: null,
      action: "referral.offer_expired",
      subjectType: "referral",
      subjectId: referral.id,
      details: { offerId: offer.id },
    });
    if (offer.downTheList) await moveDownTheList(db, tx, reopened, offer, appUrl);
  });
}

/** Reminds the attorney of a live offer before it lapses. */
export async function remindOffer(db: Database, offerId: string, appUrl: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { offer } = await lockOffer(tx, offerId, null);
    if (offer.state !== "offered" || offer.expiresAt.getTime() <= Date.now()) return;
    await notifyPeople(db, tx, { userIds: [offer.attorneyId], kind: "reminder", referralId: offer.referralId, appUrl });
  });
}
