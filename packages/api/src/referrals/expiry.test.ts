import type { SignedInActor } from "@puente/auth/actor";
import { eq, sql } from "@puente/db";
import { referralOffers, referrals, type ReferralStatus } from "@puente/db/schema";
import { listStoredMail } from "@puente/email";
import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  createAttorney,
  jobsAbout,
  makeOfferDue,
  offeredReferral,
  referralInput,
  useReferralSuite,
  waitFor,
} from "../testing/referral-fixture";
import { auditRowsFor, callerFor, rejectionOf } from "../testing/test-context";
import { consentEndsAt, todayUtc } from "./consent";
import { expireForConsent } from "./expiry";
import { canTransition, referralTransitions } from "./state-machine";

/**
 * A referral that waits for an attorney expires when the survivor's consent ends: through its own
 * job, queued at the consent's end when the referral opens, or through the sweep (pg-boss cron and
 * at every worker start). The queue here is real and working; due times are pulled forward in the
 * database, as in offer-queue.test.ts.
 */
const mailDir = await vi.hoisted(async () => (await import("../testing/mail-dir")).useTemporaryMailDir("expiry"));
const suite = useReferralSuite({ mailDir, work: true });
let lawyer: SignedInActor;
let nextLawyer: SignedInActor;

const DAY = 24 * 3600_000;
const dayFromToday = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

beforeAll(async () => {
  lawyer = await createAttorney(suite.handle.db, { email: "expiry.one@example.org", name: "Expiry One", caseTypes: ["u_visa"], regions: [{ state: "WY", countyFips: "56021" }] });
  nextLawyer = await createAttorney(suite.handle.db, { email: "expiry.two@example.org", name: "Expiry Two", caseTypes: ["u_visa"], regions: [{ state: "WY" }] });
});

/** Consent that ended yesterday, as if the days had passed (given earlier, so the check constraint holds). */
async function endConsent(referralId: string) {
  await suite.handle.db.execute(
    sql`update referral_consents set given_on = ${dayFromToday(-30)}::date, expires_on = ${dayFromToday(-1)}::date where referral_id = ${referralId}::uuid`,
  );
}

const statusOf = async (referralId: string) =>
  (await suite.handle.db.select({ status: referrals.status }).from(referrals).where(eq(referrals.id, referralId)))[0]!.status;

const offersOf = (referralId: string) =>
  suite.handle.db.select().from(referralOffers).where(eq(referralOffers.referralId, referralId)).orderBy(referralOffers.offeredAt);

describe("the state machine", () => {
  it("lets only a referral waiting for an attorney expire, and an expired one go nowhere", () => {
    const into = (Object.keys(referralTransitions) as ReferralStatus[]).filter((from) => canTransition(from, "expired"));
    expect(into).toEqual(["open", "offered"]);
    expect(referralTransitions.expired).toEqual([]);
  });
});

describe("expiry when consent ends", () => {
  it("queues the expiry at the consent's end when a referral opens, not for a draft or consent without an end", async () => {
    const caller = callerFor(suite.handle, suite.advocate);
    const until = dayFromToday(10);
    const consent = { givenOn: "2026-01-05", scope: "share_with_matched_attorneys" as const, expiresOn: until };
    const draft = await caller.referral.create(referralInput(suite.programId, { open: false, consent }));
    expect(await jobsAbout(suite.handle.db, "referralId", draft.id)).toEqual([]);
    await caller.referral.open({ referralId: draft.id, expectedVersion: draft.version });
    const [job] = await jobsAbout(suite.handle.db, "referralId", draft.id);
    expect(job!.name).toBe("referral.consent.expire");
    expect(new Date(job!.startAfter).getTime()).toBe(consentEndsAt(until).getTime());
    expect(consentEndsAt(until).toISOString()).toBe(`${dayFromToday(11)}T00:00:00.000Z`);

    const open = await caller.referral.create(referralInput(suite.programId, { consent }));
    expect((await jobsAbout(suite.handle.db, "referralId", open.id)).map((j) => j.name)).toEqual(["referral.consent.expire"]);
    const endless = await caller.referral.create(referralInput(suite.programId));
    expect(await jobsAbout(suite.handle.db, "referralId", endless.id)).toEqual([]);
  });

  it("expires an offered referral through the queue: offer ended, timeline by Puente, members emailed a link, nothing more can be offered", async () => {
    const { referralId, offerId } = await offeredReferral(suite, lawyer, {
      summary: "EXPIRY-MARKER survivor needs help with a U visa certification.",
      consent: { givenOn: todayUtc(), scope: "share_with_matched_attorneys", expiresOn: todayUtc() },
    });
    await endConsent(referralId);
    await suite.handle.db.execute(sql`update pgboss.job set start_after = now() where data->>'referralId' = ${referralId}`);
    await waitFor(async () => (await statusOf(referralId)) === "expired", "the referral to expire");

    expect((await offersOf(referralId)).map((o) => [o.id, o.state])).toEqual([[offerId, "expired"]]);
    const details = await callerFor(suite.handle, suite.advocate).referral.byId({ referralId });
    expect(details.status).toBe("expired");
    expect(details.consentEndedOn).toBe(dayFromToday(-1));
    expect(details.timeline.at(-1)).toMatchObject({ kind: "expired", from: "offered", to: "expired", actorName: null, note: "consent_expired" });
    expect(await auditRowsFor(suite.handle.db, referralId, "referral.expired")).toEqual([expect.objectContaining({ actorId: null })]);

    // The attorney's offer ended with it: they can no longer read or accept it.
    expect((await rejectionOf(callerFor(suite.handle, lawyer).referral.byId({ referralId }))).code).toBe("NOT_FOUND");
    expect((await rejectionOf(callerFor(suite.handle, lawyer).referral.accept({ offerId, conflictCheckConfirmed: true }))).message).toBe(
      "referrals.errors.offerExpired",
    );
    // Nothing can be offered on it any more, and it cannot be reopened.
    const again = await rejectionOf(
      callerFor(suite.handle, suite.advocate).referral.offer({ referralId, expectedVersion: details.version, attorneyId: nextLawyer.userId, downTheList: false }),
    );
    expect(again.message).toBe("referrals.errors.referralExpired");
    expect((await rejectionOf(callerFor(suite.handle, suite.advocate).referral.open({ referralId, expectedVersion: details.version }))).code).toBe("CONFLICT");

    // The organization's members are told by a link-only email in their language.
    const mail = await waitFor(
      async () => (await listStoredMail()).find((m) => m.subject === "A referral expired on Puente" && m.links.some((l) => l.endsWith(`/referrals/${referralId}`))),
      "the expiry email",
    );
    expect(mail.language).toBe("en");
    expect(mail.text).not.toContain("EXPIRY-MARKER");
    expect(mail.text).not.toContain("U visa");
  }, 60_000);

  it("a job for a referral whose consent was extended looks again at the new end; one for an answered referral changes nothing", async () => {
    const caller = callerFor(suite.handle, suite.advocate);
    const created = await caller.referral.create(
      referralInput(suite.programId, { consent: { givenOn: "2026-01-05", scope: "share_with_matched_attorneys", expiresOn: dayFromToday(3) } }),
    );
    await suite.handle.db.execute(sql`update referral_consents set expires_on = ${dayFromToday(20)}::date where referral_id = ${created.id}::uuid`);
    await expireForConsent(suite.handle.db, created.id, "https://puente.test");
    expect(await statusOf(created.id)).toBe("open");
    const queued = (await jobsAbout(suite.handle.db, "referralId", created.id)).map((j) => new Date(j.startAfter).getTime());
    expect(queued).toContain(consentEndsAt(dayFromToday(20)).getTime());

    // Accepted before the consent ended: it stays with the attorney; both sides are warned.
    const { referralId, offerId } = await offeredReferral(suite, lawyer);
    await callerFor(suite.handle, lawyer).referral.accept({ offerId, conflictCheckConfirmed: true });
    await endConsent(referralId);
    await expireForConsent(suite.handle.db, referralId, "https://puente.test");
    expect(await statusOf(referralId)).toBe("accepted");
    expect((await callerFor(suite.handle, lawyer).referral.byId({ referralId })).consentEndedOn).toBe(dayFromToday(-1));
    expect((await callerFor(suite.handle, suite.advocate).referral.byId({ referralId })).consentEndedOn).toBe(dayFromToday(-1));
  });

  it("a decline down the list after the consent ended expires the referral instead of offering the next attorney", async () => {
    const created = await callerFor(suite.handle, suite.advocate).referral.create(referralInput(suite.programId));
    const offer = await callerFor(suite.handle, suite.advocate).referral.offer({
      referralId: created.id,
      expectedVersion: created.version,
      attorneyId: lawyer.userId,
      downTheList: true,
    });
    await endConsent(created.id);
    const declined = await callerFor(suite.handle, lawyer).referral.decline({ offerId: offer.offerId, reason: "capacity" });
    expect(declined.nextOfferId).toBeNull();
    expect(await statusOf(created.id)).toBe("expired");
    expect((await offersOf(created.id)).map((o) => o.attorneyId)).toEqual([lawyer.userId]);
  });

  it("revoking consent still withdraws a waiting referral, and only records the revocation on an expired one", async () => {
    const caller = callerFor(suite.handle, suite.advocate);
    const waiting = await caller.referral.create(referralInput(suite.programId));
    expect((await caller.referral.revokeConsent({ referralId: waiting.id, expectedVersion: waiting.version })).status).toBe("withdrawn");

    const lapsed = await caller.referral.create(referralInput(suite.programId));
    await endConsent(lapsed.id);
    await expireForConsent(suite.handle.db, lapsed.id, "https://puente.test");
    const expired = await caller.referral.byId({ referralId: lapsed.id });
    expect(expired.status).toBe("expired");
    const revoked = await caller.referral.revokeConsent({ referralId: lapsed.id, expectedVersion: expired.version });
    expect(revoked.status).toBe("expired");
    expect((await caller.referral.byId({ referralId: lapsed.id })).consent!.revokedAt).not.toBeNull();
  });
});

describe("the sweep", () => {
  it("is scheduled every five minutes and queued when the workers start", async () => {
    expect(await suite.queue.boss.getSchedule("referral.sweep", "every-5-minutes")).toMatchObject({ cron: "*/5 * * * *" });
    expect((await suite.queue.boss.findJobs("referral.sweep")).length).toBeGreaterThanOrEqual(1);
  });

  it("expires a referral whose consent ended without a job, and lapses an offer whose job was lost", async () => {
    const lapsed = await callerFor(suite.handle, suite.advocate).referral.create(referralInput(suite.programId));
    await endConsent(lapsed.id);
    const { referralId, offerId } = await offeredReferral(suite, lawyer);
    await suite.handle.db.execute(sql`delete from pgboss.job where data->>'offerId' = ${offerId}`);
    await makeOfferDue(suite.handle.db, offerId);

    await suite.queue.send("referral.sweep", { appUrl: "https://puente.test" });
    await waitFor(async () => (await statusOf(lapsed.id)) === "expired" && (await statusOf(referralId)) === "open", "the sweep");
    expect((await offersOf(referralId)).map((o) => o.state)).toEqual(["expired"]);
  }, 60_000);

  it("catches the seeded demo offer once its time has passed (the seed writes no queue rows)", async () => {
    const [demo] = await suite.handle.db.select().from(referrals).where(eq(referrals.referenceCode, "PR-DEMO-0FFR"));
    const [demoOffer] = await offersOf(demo!.id);
    expect(demoOffer!.state).toBe("offered");
    expect(await jobsAbout(suite.handle.db, "offerId", demoOffer!.id)).toEqual([]);
    await makeOfferDue(suite.handle.db, demoOffer!.id);
    await suite.queue.send("referral.sweep", { appUrl: "https://puente.test" });
    await waitFor(async () => (await statusOf(demo!.id)) === "open", "the demo offer to lapse");
    const details = await callerFor(suite.handle, suite.advocate).referral.byId({ referralId: demo!.id });
    expect(details.timeline.at(-1)).toMatchObject({ kind: "offer_expired", actorName: null });
  }, 60_000);
});
