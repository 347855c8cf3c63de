import type { SignedInActor } from "@puente/auth/actor";
import { and, type Database, eq, type Executor, sql } from "@puente/db";
import { referralConsents, referralOffers, type ReferralOutcome } from "@puente/db/schema";
import { recordAudit } from "../audit/record-audit";
import { PuenteError } from "../errors";
import { assertVersion, referralForParty, type ReferralRow } from "./access";
import { standingConsent } from "./consent";
import { queueConsentExpiry } from "./expiry";
import { applyTransition } from "./lifecycle-core";
import { notifyPeople } from "./notify";
import { assertConsentValid } from "./offer-core";

interface Versioned {
  referralId: string;
  expectedVersion: number;
}

async function audited(tx: Executor, actor: SignedInActor, referral: ReferralRow, to: string) {
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "referral.status_changed",
    subjectType: "referral",
    subjectId: referral.id,
    details: { from: referral.status, to },
  });
}

/** A draft becomes open for matching (consent must still stand). */
export async function openReferral(db: Database, actor: SignedInActor, input: Versioned, appUrl: string) {
  return db.transaction(async (tx) => {
    const { referral } = await referralForParty(tx, actor, input.referralId, { side: "organization", lock: true });
    assertVersion(referral, input.expectedVersion);
    await assertConsentValid(tx, referral.id);
    const updated = await applyTransition(tx, referral, "open", { kind: "opened", actorId: actor.userId, set: { openedAt: new Date() } });
    await audited(tx, actor, referral, "open");
    await queueConsentExpiry(db, tx, referral.id, (await standingConsent(tx, referral.id))?.expiresOn, appUrl);
    return { status: updated.status, version: updated.version };
  });
}

/** The accepting attorney has started work with the survivor. */
export async function startReferral(db: Database, actor: SignedInActor, input: Versioned) {
  return db.transaction(async (tx) => {
    const { referral } = await referralForParty(tx, actor, input.referralId, { side: "attorney", lock: true });
    assertVersion(referral, input.expectedVersion);
    const updated = await applyTransition(tx, referral, "in_progress", { kind: "started", actorId: actor.userId });
    await audited(tx, actor, referral, "in_progress");
    return { status: updated.status, version: updated.version };
  });
}

/** Either side closes an accepted referral with its outcome; the other side is told by email. */
export async function closeReferral(
  db: Database,
  actor: SignedInActor,
  input: Versioned & { outcome: ReferralOutcome },
  appUrl: string,
) {
  return db.transaction(async (tx) => {
    const { referral, side } = await referralForParty(tx, actor, input.referralId, { lock: true });
    assertVersion(referral, input.expectedVersion);
    const updated = await applyTransition(tx, referral, "closed", {
      kind: "closed",
      actorId: actor.userId,
      note: input.outcome,
      set: { outcome: input.outcome, closedAt: new Date() },
    });
    await audited(tx, actor, referral, "closed");
    const otherSide = side === "organization" ? referral.acceptedAttorneyId : referral.createdById;
    await notifyPeople(db, tx, { userIds: [otherSide], kind: "closed", referralId: referral.id, appUrl });
    return { status: updated.status, version: updated.version };
  });
}

/** The referring organization withdraws the referral; a live offer is withdrawn with it. */
export async function withdrawReferral(db: Database, actor: SignedInActor, input: Versioned, appUrl: string) {
  return db.transaction(async (tx) => {
    const { referral } = await referralForParty(tx, actor, input.referralId, { side: "organization", lock: true });
    assertVersion(referral, input.expectedVersion);
    const updated = await withdrawWithOffers(tx, actor, referral, "withdrawn");
    await audited(tx, actor, referral, "withdrawn");
    await notifyPeople(db, tx, { userIds: [referral.acceptedAttorneyId], kind: "closed", referralId: referral.id, appUrl });
    return { status: updated.status, version: updated.version };
  });
}

async function withdrawWithOffers(tx: Executor, actor: SignedInActor, referral: ReferralRow, kind: "withdrawn" | "consent_revoked") {
  await tx
    .update(referralOffers)
    .set({ state: "withdrawn" })
    .where(and(eq(referralOffers.referralId, referral.id), eq(referralOffers.state, "offered")));
  return applyTransition(tx, referral, "withdrawn", { kind, actorId: actor.userId });
}

/** The survivor took back their consent: it is marked revoked and the referral is withdrawn at once. */
export async function revokeConsent(db: Database, actor: SignedInActor, input: Versioned, appUrl: string) {
  return db.transaction(async (tx) => {
    const { referral } = await referralForParty(tx, actor, input.referralId, { side: "organization", lock: true });
    assertVersion(referral, input.expectedVersion);
    const revoked = await tx
      .update(referralConsents)
      .set({ revokedAt: new Date(), revokedById: actor.userId })
      .where(and(eq(referralConsents.referralId, referral.id), sql`${referralConsents.revokedAt} is null`))
      .returning({ id: referralConsents.id });
    if (revoked.length === 0) throw new PuenteError("CONFLICT", "referrals.errors.consentRevoked");
    const terminal = ["closed", "withdrawn", "expired"].includes(referral.status);
    const updated = terminal ? referral : await withdrawWithOffers(tx, actor, referral, "consent_revoked");
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "referral.consent_revoked",
      subjectType: "referral",
      subjectId: referral.id,
    });
    if (!terminal) {
      await notifyPeople(db, tx, { userIds: [referral.acceptedAttorneyId], kind: "closed", referralId: referral.id, appUrl });
    }
    return { status: updated.status, version: updated.version };
  });
}
