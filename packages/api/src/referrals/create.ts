import type { SignedInActor } from "@puente/auth/actor";
import { eq, type Database, type Transaction } from "@puente/db";
import { organizations, referralCaseTypes, referralConsents, referrals } from "@puente/db/schema";
import { recordAudit } from "../audit/record-audit";
import { PuenteError } from "../errors";
import { assertDeIdentified } from "../identifiers/assert-de-identified";
import { isOrganizationSide } from "./access";
import { todayUtc } from "./consent";
import { queueConsentExpiry } from "./expiry";
import type { CreateReferralInput } from "./inputs";
import { newReferenceCode } from "./reference-code";
import { recordEvent } from "./state-machine";

/** Refusals that need no database: consent, dates and identifying text. Checked before anything is written. */
function checkReferralInput(input: CreateReferralInput): NonNullable<CreateReferralInput["consent"]> {
  const consent = input.consent;
  if (!consent) throw new PuenteError("BAD_REQUEST", "referrals.errors.consentMissing");
  if (consent.givenOn > todayUtc()) throw new PuenteError("BAD_REQUEST", "referrals.errors.consentInFuture");
  if (consent.expiresOn && consent.expiresOn < todayUtc()) throw new PuenteError("BAD_REQUEST", "referrals.errors.consentExpired");
  if (consent.expiresOn && consent.expiresOn < consent.givenOn) {
    throw new PuenteError("BAD_REQUEST", "referrals.errors.consentExpiryBeforeGiven");
  }
  assertDeIdentified({ summary: input.summary });
  return consent;
}

/**
 * An advocate of a verified member organization writes a referral: refused without consent, with
 * identifying text or outside their organization; otherwise referral, case types, consent, timeline
 * and audit row are written in one transaction, so nothing is saved half-way.
 */
export async function createReferral(db: Database, actor: SignedInActor, input: CreateReferralInput, appUrl: string) {
  if (!isOrganizationSide(actor, input)) throw new PuenteError("FORBIDDEN", "referrals.errors.notMember");
  const consent = checkReferralInput(input);
  const [organization] = await db
    .select({ verificationState: organizations.verificationState })
    .from(organizations)
    .where(eq(organizations.id, input.organizationId));
  if (organization?.verificationState !== "verified") {
    throw new PuenteError("FORBIDDEN", "referrals.errors.organizationNotVerified");
  }
  return db.transaction(async (tx) => {
    const status = input.open ? "open" : "draft";
    const referral = await insertReferral(tx, actor, input, status);
    await tx.insert(referralCaseTypes).values(input.caseTypes.map((caseType) => ({ referralId: referral.id, caseType })));
    await tx.insert(referralConsents).values({ referralId: referral.id, ...consent, recordedById: actor.userId });
    await recordEvent(tx, { referralId: referral.id, kind: "created", from: null, to: "draft", actorId: actor.userId });
    if (status === "open") {
      await recordEvent(tx, { referralId: referral.id, kind: "opened", from: "draft", to: "open", actorId: actor.userId });
      await queueConsentExpiry(db, tx, referral.id, consent.expiresOn, appUrl);
    }
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "referral.created",
      subjectType: "referral",
      subjectId: referral.id,
      details: { status },
    });
    return { id: referral.id, referenceCode: referral.referenceCode, status, version: referral.version };
  });
}

async function insertReferral(tx: Transaction, actor: SignedInActor, input: CreateReferralInput, status: "open" | "draft") {
  // A collision of random codes is vanishingly rare; the unique index would refuse it and the
  // whole transaction would fail cleanly, so one fresh code is drawn per attempt.
  const [referral] = await tx
    .insert(referrals)
    .values({
      referenceCode: newReferenceCode(),
      organizationId: input.organizationId,
      createdById: actor.userId,
      stateCode: input.stateCode,
      countyFips: input.countyFips ?? null,
      languageCode: input.languageCode,
      interpreterAvailable: input.interpreterAvailable,
      detained: input.detained,
      hearingDate: input.hearingDate ?? null,
      filingDeadline: input.filingDeadline ?? null,
      meetingMode: input.meetingMode,
      summary: input.summary,
      status,
      offerHours: input.offerHours,
      openedAt: status === "open" ? new Date() : null,
    })
    .returning();
  return referral!;
}
