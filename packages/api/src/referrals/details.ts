import type { SignedInActor } from "@puente/auth/actor";
import { asc, type Database, eq, sql } from "@puente/db";
import {
  organizations,
  referralCaseTypes,
  referralConsents,
  referralEvents,
  referralHours,
  referralMessages,
  referralOffers,
  users,
} from "@puente/db/schema";
import { alias } from "drizzle-orm/pg-core";
import { recordAudit } from "../audit/record-audit";
import { referralForParty } from "./access";
import { consentLapsed } from "./consent";

const actors = alias(users, "event_actors");

/**
 * A referral's details for one of its parties — summary, timeline, messages, hours and the other
 * side's contact — and nothing for anyone else (NOT_FOUND). Every read is written to the audit log
 * in the same transaction as the read itself.
 */
export async function referralDetails(db: Database, actor: SignedInActor, referralId: string) {
  return db.transaction(async (tx) => {
    const { referral, side } = await referralForParty(tx, actor, referralId);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "referral.details_read",
      subjectType: "referral",
      subjectId: referral.id,
      details: { side },
    });
    const [caseTypes, consent, offers, timeline, messages, hours, [organization], contacts] = await Promise.all([
      tx.select({ caseType: referralCaseTypes.caseType }).from(referralCaseTypes).where(eq(referralCaseTypes.referralId, referral.id)),
      tx.select().from(referralConsents).where(eq(referralConsents.referralId, referral.id)),
      tx
        .select({
          id: referralOffers.id,
          attorneyId: referralOffers.attorneyId,
          attorneyName: users.name,
          state: referralOffers.state,
          offeredAt: referralOffers.offeredAt,
          expiresAt: referralOffers.expiresAt,
          respondedAt: referralOffers.respondedAt,
          declineReason: referralOffers.declineReason,
          downTheList: referralOffers.downTheList,
          rank: referralOffers.rank,
        })
        .from(referralOffers)
        .innerJoin(users, eq(users.id, referralOffers.attorneyId))
        .where(eq(referralOffers.referralId, referral.id))
        .orderBy(asc(referralOffers.offeredAt)),
      tx
        .select({
          id: referralEvents.id,
          kind: referralEvents.kind,
          from: referralEvents.fromStatus,
          to: referralEvents.toStatus,
          actorName: actors.name,
          note: referralEvents.note,
          at: referralEvents.createdAt,
        })
        .from(referralEvents)
        .leftJoin(actors, eq(actors.id, referralEvents.actorId))
        .where(eq(referralEvents.referralId, referral.id))
        .orderBy(asc(referralEvents.seq)),
      tx
        .select({ id: referralMessages.id, body: referralMessages.body, authorId: referralMessages.authorId, authorName: users.name, at: referralMessages.createdAt })
        .from(referralMessages)
        .leftJoin(users, eq(users.id, referralMessages.authorId))
        .where(eq(referralMessages.referralId, referral.id))
        .orderBy(asc(referralMessages.createdAt), asc(referralMessages.id)),
      tx
        .select({ id: referralHours.id, workedOn: referralHours.workedOn, hours: sql<string>`${referralHours.hours}::text`, note: referralHours.note })
        .from(referralHours)
        .where(eq(referralHours.referralId, referral.id))
        .orderBy(asc(referralHours.workedOn)),
      tx.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, referral.organizationId)),
      tx
        .select({ id: users.id, name: users.name, email: users.email })
        .from(users)
        .where(sql`${users.id} in (${referral.createdById ?? sql`null`}, ${referral.acceptedAttorneyId ?? sql`null`})`),
    ]);
    const contact = (id: string | null) => contacts.find((c) => c.id === id) ?? null;
    const liveOffer = offers.find((o) => o.state === "offered" && o.expiresAt.getTime() > Date.now()) ?? null;
    return {
      side,
      id: referral.id,
      referenceCode: referral.referenceCode,
      organizationName: organization?.name ?? null,
      status: referral.status,
      version: referral.version,
      outcome: referral.outcome,
      caseTypes: caseTypes.map((c) => c.caseType),
      stateCode: referral.stateCode,
      countyFips: referral.countyFips,
      languageCode: referral.languageCode,
      interpreterAvailable: referral.interpreterAvailable,
      detained: referral.detained,
      hearingDate: referral.hearingDate,
      filingDeadline: referral.filingDeadline,
      meetingMode: referral.meetingMode,
      summary: referral.summary,
      offerHours: referral.offerHours,
      createdAt: referral.createdAt,
      acceptedAt: referral.acceptedAt,
      // Only the organization sees the consent record and the list of offers to other attorneys.
      consent: side === "organization" ? (consent[0] ?? null) : null,
      /**
       * The consent's end date once it has passed (both sides: the attorney sees no consent record,
       * but must know). An expired referral shows it as the reason; an accepted one as a warning.
       */
      consentEndedOn: consentLapsed(consent[0]) ? consent[0]!.expiresOn : null,
      offers: side === "organization" ? offers : offers.filter((o) => o.attorneyId === actor.userId),
      myLiveOfferId: side === "attorney" && liveOffer?.attorneyId === actor.userId ? liveOffer.id : null,
      liveOffer: liveOffer && side === "organization" ? liveOffer : null,
      /** The other side's contact: the advocate for the attorney once accepted, the attorney for the organization. */
      advocate: side === "attorney" && referral.acceptedAttorneyId === actor.userId ? contact(referral.createdById) : null,
      attorney: side === "organization" ? contact(referral.acceptedAttorneyId) : null,
      timeline,
      messages,
      hours,
    };
  });
}
