import { eq } from "drizzle-orm";
import type { Executor } from "../client";
import {
  organizations,
  referralCaseTypes,
  referralConsents,
  referralEvents,
  referralHours,
  referralMessages,
  referralOffers,
  referrals,
  type CaseType,
  type ReferralEventKind,
  type ReferralStatus,
} from "../schema";
import { seededUuid } from "./random";

/**
 * A few demo referrals of Casa Segura Atlanta (the demo advocate's program) in different states:
 * one open for matching, one offered to the demo attorney, one in progress with messages and
 * hours, one closed with an outcome, one draft, and one that expired when the survivor's consent
 * ended. Deterministic ids and codes; dates follow the seeding day. Seeds write no queue rows: the
 * offered one's lapse is found by the referral sweep (a pg-boss cron, and a run at every worker
 * start; packages/api/src/referrals/sweep.ts) once its time has passed, like any offer whose job was lost.
 */
const hour = 3_600_000;

interface DemoReferral {
  key: string;
  code: string;
  status: ReferralStatus;
  caseTypes: CaseType[];
  countyFips: string | null;
  detained?: boolean;
  summary: string;
  /** Hours before now the referral was opened. */
  openedHoursAgo: number;
  /** Days before now the consent's last valid day was (an expired referral). */
  consentEndedDaysAgo?: number;
}

const demoReferrals: DemoReferral[] = [
  { key: "open", code: "PR-DEMO-0PEN", status: "open", caseTypes: ["u_visa"], countyFips: "13121", openedHoursAgo: 20, summary: "Survivor of domestic violence who reported to police and needs help requesting U visa certification and filing." },
  { key: "offered", code: "PR-DEMO-0FFR", status: "offered", caseTypes: ["vawa_self_petition"], countyFips: "13089", openedHoursAgo: 30, summary: "Spouse of a US citizen, abused during the marriage, wants to learn whether a VAWA self-petition is possible." },
  { key: "active", code: "PR-DEMO-ACTV", status: "in_progress", caseTypes: ["u_visa", "family_adjustment"], countyFips: "13121", openedHoursAgo: 24 * 12, summary: "U visa holder approaching three years of status asks for help with adjustment of status." },
  { key: "closed", code: "PR-DEMO-CLSD", status: "closed", caseTypes: ["t_visa"], countyFips: null, openedHoursAgo: 24 * 40, summary: "Survivor of labor trafficking in agriculture needed a T visa screening and filing." },
  { key: "expired", code: "PR-DEMO-EXPD", status: "expired", caseTypes: ["vawa_self_petition", "u_visa"], countyFips: "13067", openedHoursAgo: 24 * 9, consentEndedDaysAgo: 2, summary: "Survivor of domestic violence asked for advice on a VAWA self-petition; consent was given for one week only." },
  { key: "draft", code: "PR-DEMO-DRFT", status: "draft", caseTypes: ["removal_defense_non_detained"], countyFips: "13135", openedHoursAgo: 2, summary: "Survivor with a pending removal case and a hearing next spring needs representation." },
];

export async function seedDemoReferrals(tx: Executor, options: { now: Date }) {
  const [program] = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.name, "Casa Segura Atlanta"));
  if (!program) throw new Error("The demo has no Casa Segura Atlanta");
  const advocateId = seededUuid("demo/user/advocate@demo.example.org");
  const attorneyId = seededUuid("demo/user/attorney@demo.example.org");
  const now = options.now.getTime();
  for (const [index, demo] of demoReferrals.entries()) {
    const id = seededUuid(`demo/referral/${demo.key}`);
    const openedAt = new Date(now - demo.openedHoursAgo * hour);
    const acceptedAt = ["in_progress", "closed"].includes(demo.status) ? new Date(openedAt.getTime() + 26 * hour) : null;
    const events: Array<[ReferralEventKind, ReferralStatus | null, ReferralStatus, string | null, Date]> = [
      ["created", null, "draft", advocateId, new Date(openedAt.getTime() - 60_000)],
    ];
    if (demo.status !== "draft") events.push(["opened", "draft", "open", advocateId, openedAt]);
    await tx.insert(referrals).values({
      id,
      referenceCode: demo.code,
      organizationId: program.id,
      createdById: advocateId,
      stateCode: "GA",
      countyFips: demo.countyFips,
      languageCode: "es",
      interpreterAvailable: index % 2 === 0,
      detained: demo.detained ?? false,
      meetingMode: "either",
      summary: demo.summary,
      status: demo.status,
      outcome: demo.status === "closed" ? "represented_or_filed" : null,
      acceptedAttorneyId: acceptedAt ? attorneyId : null,
      version: events.length,
      openedAt: demo.status === "draft" ? null : openedAt,
      acceptedAt,
      closedAt: demo.status === "closed" ? new Date(openedAt.getTime() + 30 * 24 * hour) : null,
      createdAt: new Date(openedAt.getTime() - 60_000),
    });
    await tx.insert(referralCaseTypes).values(demo.caseTypes.map((caseType) => ({ referralId: id, caseType })));
    const consentExpiresOn = demo.consentEndedDaysAgo === undefined ? null : new Date(now - demo.consentEndedDaysAgo * 24 * hour).toISOString().slice(0, 10);
    await tx.insert(referralConsents).values({
      referralId: id,
      givenOn: new Date(openedAt.getTime() - 24 * hour).toISOString().slice(0, 10),
      scope: "share_with_matched_attorneys",
      expiresOn: consentExpiresOn,
      recordedById: advocateId,
    });
    // Consent covers its last day; the queue expires the referral as the next day starts (UTC).
    if (consentExpiresOn) events.push(["expired", "open", "expired", null, new Date(Date.parse(`${consentExpiresOn}T00:00:00Z`) + 24 * hour)]);
    if (demo.status === "offered" || acceptedAt) {
      const offerId = seededUuid(`demo/referral/${demo.key}/offer`);
      const offeredAt = new Date(openedAt.getTime() + hour);
      await tx.insert(referralOffers).values({
        id: offerId,
        referralId: id,
        attorneyId,
        offeredById: advocateId,
        offeredAt,
        expiresAt: demo.status === "offered" ? new Date(now + 48 * hour) : new Date(offeredAt.getTime() + 72 * hour),
        state: demo.status === "offered" ? "offered" : "accepted",
        conflictCheckConfirmedAt: acceptedAt,
        respondedAt: acceptedAt,
        rank: 1,
      });
      events.push(["offered", "open", "offered", advocateId, offeredAt]);
      if (acceptedAt) {
        events.push(["offer_accepted", "offered", "accepted", attorneyId, acceptedAt]);
        events.push(["started", "accepted", "in_progress", attorneyId, new Date(acceptedAt.getTime() + 24 * hour)]);
        await tx.insert(referralMessages).values([
          { referralId: id, authorId: advocateId, body: "Intake is complete; the survivor prefers morning calls through our office.", createdAt: new Date(acceptedAt.getTime() + hour) },
          { referralId: id, authorId: attorneyId, body: "Thank you. I reviewed the file and will schedule a consultation this week.", createdAt: new Date(acceptedAt.getTime() + 3 * hour) },
        ]);
        await tx.insert(referralHours).values([
          { referralId: id, attorneyId, workedOn: new Date(acceptedAt.getTime() + 48 * hour).toISOString().slice(0, 10), hours: "1.50", note: "Consultation" },
          { referralId: id, attorneyId, workedOn: new Date(acceptedAt.getTime() + 96 * hour).toISOString().slice(0, 10), hours: "3.00", note: "Drafting" },
        ]);
      }
      if (demo.status === "closed") events.push(["closed", "in_progress", "closed", attorneyId, new Date(openedAt.getTime() + 30 * 24 * hour)]);
    }
    await tx.insert(referralEvents).values(
      events.map(([kind, fromStatus, toStatus, actorId, createdAt]) => ({ referralId: id, kind, fromStatus, toStatus, actorId, createdAt })),
    );
  }
}
