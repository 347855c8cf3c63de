import { and, type Database, eq, type Executor, inArray, sql } from "@puente/db";
import { attorneyProfiles, referralCaseTypes, referralOffers, referrals } from "@puente/db/schema";
import { queueOn } from "@puente/jobs";
import { recordAudit } from "../audit/record-audit";
import { notFound, PuenteError } from "../errors";
import type { ReferralRow } from "./access";
import { consentLapsed, standingConsent } from "./consent";
import { expireLockedReferral } from "./expiry";
import { applyTransition } from "./lifecycle-core";
import type { MatchTarget } from "./matching-facts";
import { rankAttorneys, type RankedMatch, type RankOptions } from "./matching";
import { notifyPeople } from "./notify";
import { activeStatuses } from "./state-machine";

export type OfferRow = typeof referralOffers.$inferSelect;
const HOUR = 60 * 60 * 1000;

export async function matchTarget(db: Executor, referral: ReferralRow): Promise<MatchTarget> {
  const rows = await db
    .select({ caseType: referralCaseTypes.caseType })
    .from(referralCaseTypes)
    .where(eq(referralCaseTypes.referralId, referral.id));
  return {
    referralId: referral.id,
    caseTypes: rows.map((r) => r.caseType),
    stateCode: referral.stateCode,
    countyFips: referral.countyFips,
    languageCode: referral.languageCode,
    meetingMode: referral.meetingMode,
  };
}

export async function rankFor(
  db: Executor,
  referral: ReferralRow,
  only: Omit<RankOptions, "interpreterAvailable">,
): Promise<RankedMatch[]> {
  const { matches } = await rankAttorneys(db, await matchTarget(db, referral), {
    interpreterAvailable: referral.interpreterAvailable,
    ...only,
  });
  return matches;
}

/** A referral may be offered only while the survivor's consent stands. */
export async function assertConsentValid(db: Executor, referralId: string): Promise<void> {
  const consent = await standingConsent(db, referralId);
  if (!consent) throw new PuenteError("CONFLICT", "referrals.errors.consentRevoked");
  if (consentLapsed(consent)) throw new PuenteError("CONFLICT", "referrals.errors.consentExpired");
}

/**
 * Creates the live offer, moves the referral to "offered", and queues — in the same transaction —
 * the lapse at `expiresAt`, a reminder before it, and the attorney's email.
 */
export async function createOffer(
  db: Database,
  tx: Executor,
  referral: ReferralRow,
  match: { attorneyId: string; rank: number },
  options: { offeredById: string | null; actorId: string | null; downTheList: boolean; appUrl: string },
): Promise<{ offer: OfferRow; referral: ReferralRow }> {
  const offeredAt = new Date();
  const expiresAt = new Date(offeredAt.getTime() + referral.offerHours * HOUR);
  const [offer] = await tx
    .insert(referralOffers)
    .values({
      referralId: referral.id,
      attorneyId: match.attorneyId,
      offeredById: options.offeredById,
      offeredAt,
      expiresAt,
      downTheList: options.downTheList,
      rank: match.rank,
    })
    .returning();
  const updated = await applyTransition(tx, referral, "offered", { kind: "offered", actorId: options.actorId, offerId: offer!.id });
  const queue = await queueOn(db);
  const payload = { offerId: offer!.id, appUrl: options.appUrl };
  await queue.send("referral.offer.expire", payload, { tx, startAfter: expiresAt });
  // Remind a quarter of the way before the end, at most 12 hours before it.
  const lead = Math.min(12 * HOUR, (referral.offerHours * HOUR) / 4);
  await queue.send("referral.offer.remind", payload, { tx, startAfter: new Date(expiresAt.getTime() - lead) });
  await notifyPeople(db, tx, { userIds: [match.attorneyId], kind: "offer", referralId: referral.id, appUrl: options.appUrl });
  await recordAudit(tx, {
    actorId: options.actorId,
    action: "referral.offered",
    subjectType: "referral",
    subjectId: referral.id,
    details: { offerId: offer!.id, attorneyId: match.attorneyId, rank: match.rank, downTheList: options.downTheList },
  });
  return { offer: offer!, referral: updated };
}

/**
 * After a decline or a lapse on "down the list": offer the next best match, if there is one. If the
 * survivor's consent ended meanwhile, nobody new may read the referral: it expires instead.
 */
export async function moveDownTheList(
  db: Database,
  tx: Executor,
  referral: ReferralRow,
  previous: OfferRow,
  appUrl: string,
): Promise<OfferRow | null> {
  if (consentLapsed(await standingConsent(tx, referral.id))) {
    await expireLockedReferral(db, tx, referral, appUrl);
    return null;
  }
  const [next] = await rankFor(tx, referral, { limit: 1 });
  if (!next) return null;
  const { offer } = await createOffer(db, tx, referral, { attorneyId: next.attorneyId, rank: 1 }, {
    offeredById: previous.offeredById,
    actorId: null,
    downTheList: true,
    appUrl,
  });
  return offer;
}

/**
 * Locks, in a fixed order (referral, then offer), the offer an attorney answers. Locking the
 * referral first serializes every change to one referral: an accept racing a lapse, a decline or a
 * second accept waits, then sees the winner's result.
 */
export async function lockOffer(tx: Executor, offerId: string, attorneyId: string | null) {
  const [peek] = await tx
    .select({ referralId: referralOffers.referralId, attorneyId: referralOffers.attorneyId })
    .from(referralOffers)
    .where(eq(referralOffers.id, offerId));
  if (!peek || (attorneyId !== null && peek.attorneyId !== attorneyId)) throw notFound();
  const [referral] = await tx.select().from(referrals).where(eq(referrals.id, peek.referralId)).for("update");
  const [offer] = await tx.select().from(referralOffers).where(eq(referralOffers.id, offerId)).for("update");
  if (!referral || !offer) throw notFound();
  return { referral, offer };
}

/** An answer is possible only to a live, unexpired offer; otherwise say exactly why not. */
export function assertAnswerable(offer: OfferRow): void {
  if (offer.state === "accepted") throw new PuenteError("CONFLICT", "referrals.errors.offerAlreadyAccepted");
  if (offer.state === "declined") throw new PuenteError("CONFLICT", "referrals.errors.offerAlreadyDeclined");
  if (offer.state === "withdrawn") throw new PuenteError("CONFLICT", "referrals.errors.offerWithdrawn");
  if (offer.state === "expired" || offer.expiresAt.getTime() <= Date.now()) {
    throw new PuenteError("CONFLICT", "referrals.errors.offerExpired");
  }
}

/**
 * Capacity under concurrency: the attorney's profile row is locked, so two accepts by one
 * attorney (of different referrals) run one after the other and the second counts the first.
 */
export async function assertCapacityLeft(tx: Executor, attorneyId: string): Promise<void> {
  const [profile] = await tx
    .select({ capacity: attorneyProfiles.capacity })
    .from(attorneyProfiles)
    .where(eq(attorneyProfiles.userId, attorneyId))
    .for("update");
  if (!profile) throw new PuenteError("FORBIDDEN", "referrals.errors.noAttorneyProfile");
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(referrals)
    .where(and(eq(referrals.acceptedAttorneyId, attorneyId), inArray(referrals.status, [...activeStatuses])));
  if ((row?.n ?? 0) >= profile.capacity) {
    throw new PuenteError("CONFLICT", "referrals.errors.capacityReached", { capacity: profile.capacity });
  }
}
