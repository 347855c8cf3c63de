import type { SignedInActor } from "@puente/auth/actor";
import { eq, sql } from "@puente/db";
import { referralOffers, referrals } from "@puente/db/schema";
import { listStoredMail } from "@puente/email";
import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  createAttorney,
  jobsAbout,
  makeOfferDue,
  referralInput,
  useReferralSuite,
  waitFor,
} from "../testing/referral-fixture";
import { callerFor } from "../testing/test-context";

/**
 * Offers lapse and move on through the real job queue: the jobs are sent in the offer's
 * transaction with startAfter = expiresAt; here the due time is pulled forward in the database
 * (pg-boss's start_after and the offer's expires_at together), so the test waits seconds, not days.
 */
const mailDir = await vi.hoisted(async () => (await import("../testing/mail-dir")).useTemporaryMailDir("offer-queue"));
const suite = useReferralSuite({ mailDir, work: true });
let first: SignedInActor;
let second: SignedInActor;

beforeAll(async () => {
  // "first" ranks above "second": same practice area, first is in the county.
  first = await createAttorney(suite.handle.db, { email: "first@queue.example.org", name: "First", caseTypes: ["u_visa"], regions: [{ state: "WY", countyFips: "56021" }] });
  second = await createAttorney(suite.handle.db, { email: "second@queue.example.org", name: "Second", language: "es", caseTypes: ["u_visa"], regions: [{ state: "WY" }] });
});

const offersOf = (referralId: string) =>
  suite.handle.db.select().from(referralOffers).where(eq(referralOffers.referralId, referralId)).orderBy(referralOffers.offeredAt);

describe("offers on the job queue", () => {
  it("queues the lapse at expiresAt and a reminder before it, in the offer's transaction", async () => {
    const created = await callerFor(suite.handle, suite.advocate).referral.create(referralInput(suite.programId, { offerHours: 24 }));
    const offer = await callerFor(suite.handle, suite.advocate).referral.offer({ referralId: created.id, expectedVersion: created.version, downTheList: false });
    const rows = (await jobsAbout(suite.handle.db, "offerId", offer.offerId)).filter((r) => r.name.startsWith("referral."));
    expect(rows.map((r) => r.name)).toEqual(["referral.offer.expire", "referral.offer.remind"]);
    const at = (r: { startAfter: Date | string }) => new Date(r.startAfter).getTime();
    expect(Math.abs(at(rows[0]!) - offer.expiresAt.getTime())).toBeLessThan(1000);
    // 24 hours: reminded 6 hours (a quarter) before the end.
    expect(Math.abs(offer.expiresAt.getTime() - at(rows[1]!) - 6 * 3600_000)).toBeLessThan(1000);
  });

  it("lapses an offer through the queue and moves down the list to the next match, who is emailed", async () => {
    const created = await callerFor(suite.handle, suite.advocate).referral.create(referralInput(suite.programId));
    const offer = await callerFor(suite.handle, suite.advocate).referral.offer({ referralId: created.id, expectedVersion: created.version, downTheList: true });
    expect(offer.attorneyId).toBe(first.userId);
    await makeOfferDue(suite.handle.db, offer.offerId);
    const offers = await waitFor(async () => {
      const rows = await offersOf(created.id);
      return rows.length === 2 && rows;
    }, "the next offer");
    expect(offers.map((o) => [o.attorneyId, o.state])).toEqual([
      [first.userId, "expired"],
      [second.userId, "offered"],
    ]);
    const [referral] = await suite.handle.db.select().from(referrals).where(eq(referrals.id, created.id));
    expect(referral!.status).toBe("offered");
    const details = await callerFor(suite.handle, suite.advocate).referral.byId({ referralId: created.id });
    expect(details.timeline.map((e) => e.kind)).toEqual(["created", "opened", "offered", "offer_expired", "offered"]);
    expect(details.timeline.at(-2)!.actorName).toBeNull();
    // The expired offer can no longer be accepted, and says so.
    const late = await callerFor(suite.handle, first)
      .referral.accept({ offerId: offer.offerId, conflictCheckConfirmed: true })
      .catch((error: Error) => error.message);
    expect(late).toBe("referrals.errors.offerExpired");
    // Second got the offer email through the queue and the mail transport, in Spanish, with no details.
    const mail = await waitFor(
      async () => (await listStoredMail()).find((m) => m.to.includes("second@queue.example.org") && m.links.some((l) => l.includes(created.id))),
      "the offer email",
    );
    expect(mail.language).toBe("es");
    expect(mail.links).toContain(`https://puente.test/es/referrals/${created.id}`);
    expect(mail.text).not.toContain("U visa certification");
  }, 60_000);

  it("a decline on down-the-list moves on at once; a lapse without down-the-list reopens the referral", async () => {
    const created = await callerFor(suite.handle, suite.advocate).referral.create(referralInput(suite.programId));
    const offer = await callerFor(suite.handle, suite.advocate).referral.offer({
      referralId: created.id,
      expectedVersion: created.version,
      attorneyId: first.userId,
      downTheList: true,
    });
    const declined = await callerFor(suite.handle, first).referral.decline({ offerId: offer.offerId, reason: "capacity" });
    expect(declined.nextOfferId).not.toBeNull();
    const offers = await offersOf(created.id);
    expect(offers.map((o) => o.attorneyId)).toEqual([first.userId, second.userId]);

    const single = await callerFor(suite.handle, suite.advocate).referral.create(referralInput(suite.programId));
    const only = await callerFor(suite.handle, suite.advocate).referral.offer({ referralId: single.id, expectedVersion: single.version, downTheList: false });
    await makeOfferDue(suite.handle.db, only.offerId);
    await waitFor(async () => {
      const [row] = await suite.handle.db.select().from(referrals).where(eq(referrals.id, single.id));
      return row!.status === "open";
    }, "the referral to reopen");
    expect((await offersOf(single.id)).map((o) => o.state)).toEqual(["expired"]);
  }, 60_000);

  it("a lapse job that runs after an answer changes nothing", async () => {
    const created = await callerFor(suite.handle, suite.advocate).referral.create(referralInput(suite.programId));
    const offer = await callerFor(suite.handle, suite.advocate).referral.offer({
      referralId: created.id,
      expectedVersion: created.version,
      attorneyId: first.userId,
      downTheList: true,
    });
    await callerFor(suite.handle, first).referral.accept({ offerId: offer.offerId, conflictCheckConfirmed: true });
    await suite.handle.db.execute(sql`update pgboss.job set start_after = now() where data->>'offerId' = ${offer.offerId}`);
    await waitFor(
      async () => (await jobsAbout(suite.handle.db, "offerId", offer.offerId)).filter((j) => j.state === "completed").length === 2,
      "both jobs to complete",
    );
    const [referral] = await suite.handle.db.select().from(referrals).where(eq(referrals.id, created.id));
    expect(referral!.status).toBe("accepted");
    expect((await offersOf(created.id)).map((o) => o.state)).toEqual(["accepted"]);
  }, 60_000);
});
