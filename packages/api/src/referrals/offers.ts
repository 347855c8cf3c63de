import type { SignedInActor } from "@puente/auth/actor";
import { type Database, eq } from "@puente/db";
import { referralOffers } from "@puente/db/schema";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { PuenteError } from "../errors";
import { assertDeIdentified } from "../identifiers/assert-de-identified";
import { assertVersion, referralForParty } from "./access";
import type { acceptOfferInput, declineOfferInput, offerInput } from "./inputs";
import { applyTransition } from "./lifecycle-core";
import { notifyPeople } from "./notify";
import {
  assertAnswerable,
  assertCapacityLeft,
  assertConsentValid,
  createOffer,
  lockOffer,
  moveDownTheList,
  rankFor,
} from "./offer-core";

/**
 * The advocate offers an open referral to one attorney (who must pass matching's hard filters) or,
 * without naming one, to the best match; "down the list" moves on by itself on decline or lapse.
 */
export async function offerReferral(db: Database, actor: SignedInActor, input: z.infer<typeof offerInput>, appUrl: string) {
  return db.transaction(async (tx) => {
    const { referral } = await referralForParty(tx, actor, input.referralId, { side: "organization", lock: true });
    assertVersion(referral, input.expectedVersion);
    if (referral.status === "offered") throw new PuenteError("CONFLICT", "referrals.errors.offerLive");
    if (referral.status === "expired") throw new PuenteError("CONFLICT", "referrals.errors.referralExpired");
    if (referral.status !== "open") {
      throw new PuenteError("CONFLICT", "referrals.errors.illegalTransition", { from: referral.status, to: "offered" });
    }
    await assertConsentValid(tx, referral.id);
    const [match] = await rankFor(tx, referral, input.attorneyId ? { attorneyId: input.attorneyId } : { limit: 1 });
    if (!match) {
      throw new PuenteError("CONFLICT", input.attorneyId ? "referrals.errors.attorneyNotEligible" : "referrals.errors.noMatches");
    }
    const { offer, referral: updated } = await createOffer(db, tx, referral, { attorneyId: match.attorneyId, rank: match.position }, {
      offeredById: actor.userId,
      actorId: actor.userId,
      downTheList: input.downTheList,
      appUrl,
    });
    return { offerId: offer.id, attorneyId: offer.attorneyId, expiresAt: offer.expiresAt, version: updated.version };
  });
}

/** The attorney accepts after confirming a conflict check; capacity and single acceptance hold under races. */
export async function acceptOffer(db: Database, actor: SignedInActor, input: z.infer<typeof acceptOfferInput>, appUrl: string) {
  return db.transaction(async (tx) => {
    const { referral, offer } = await lockOffer(tx, input.offerId, actor.userId);
    assertAnswerable(offer);
    if (referral.status !== "offered") throw new PuenteError("CONFLICT", "referrals.errors.offerTaken");
    await assertCapacityLeft(tx, actor.userId);
    const now = new Date();
    await tx
      .update(referralOffers)
      .set({ state: "accepted", conflictCheckConfirmedAt: now, respondedAt: now })
      .where(eq(referralOffers.id, offer.id));
    const updated = await applyTransition(tx, referral, "accepted", {
      kind: "offer_accepted",
      actorId: actor.userId,
      offerId: offer.id,
      set: { acceptedAttorneyId: actor.userId, acceptedAt: now },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "referral.offer_accepted",
      subjectType: "referral",
      subjectId: referral.id,
      details: { offerId: offer.id, conflictCheckConfirmed: true },
    });
    await notifyPeople(db, tx, { userIds: [referral.createdById], kind: "accepted", referralId: referral.id, appUrl });
    return { referralId: referral.id, status: updated.status, version: updated.version };
  });
}

export async function declineOffer(db: Database, actor: SignedInActor, input: z.infer<typeof declineOfferInput>, appUrl: string) {
  assertDeIdentified({ note: input.note });
  return db.transaction(async (tx) => {
    const { referral, offer } = await lockOffer(tx, input.offerId, actor.userId);
    assertAnswerable(offer);
    await tx
      .update(referralOffers)
      .set({ state: "declined", declineReason: input.reason, declineNote: input.note ?? null, respondedAt: new Date() })
      .where(eq(referralOffers.id, offer.id));
    const reopened = await applyTransition(tx, referral, "open", {
      kind: "offer_declined",
      actorId: actor.userId,
      offerId: offer.id,
      note: input.reason,
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "referral.offer_declined",
      subjectType: "referral",
      subjectId: referral.id,
      details: { offerId: offer.id, reason: input.reason },
    });
    await notifyPeople(db, tx, { userIds: [referral.createdById], kind: "declined", referralId: referral.id, appUrl });
    const next = offer.downTheList ? await moveDownTheList(db, tx, reopened, offer, appUrl) : null;
    return { referralId: referral.id, nextOfferId: next?.id ?? null };
  });
}

/** The best matches for the organization side (a page of them), each with its per-factor explanation. */
export async function matchesFor(db: Database, actor: SignedInActor, referralId: string, limit: number) {
  const { referral } = await referralForParty(db, actor, referralId, { side: "organization" });
  return { referral, matches: await rankFor(db, referral, { limit }) };
}
