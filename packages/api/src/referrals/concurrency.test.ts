import type { SignedInActor } from "@puente/auth/actor";
import { eq, queryRows, sql } from "@puente/db";
import { referralOffers, referrals } from "@puente/db/schema";
import { describe, expect, it, vi } from "vitest";
import { createAttorney, offeredReferral, useReferralSuite } from "../testing/referral-fixture";
import { callerFor } from "../testing/test-context";

/**
 * Races that must have one winner. Meaningful on PostgreSQL (TEST_DATABASE_URL), where the calls
 * run on separate pooled connections at the same time; on PGlite (one connection) they are
 * serialized, and the same assertions hold.
 */
const mailDir = await vi.hoisted(async () => (await import("../testing/mail-dir")).useTemporaryMailDir("concurrency"));
const suite = useReferralSuite({ mailDir, work: false });
const offerTo = (attorney: SignedInActor) => offeredReferral(suite, attorney);

const settle = (promises: Promise<unknown>[]) => Promise.allSettled(promises);
const reasons = (results: PromiseSettledResult<unknown>[]) =>
  results.flatMap((r) => (r.status === "rejected" ? [(r.reason as Error).message] : []));

describe("concurrent answers", () => {
  it("an offer accepted from two tabs at once is accepted once", async () => {
    const lawyer = await createAttorney(suite.handle.db, { email: "double@race.example.org", caseTypes: ["u_visa"], capacity: 5 });
    for (let round = 0; round < 5; round++) {
      const { referralId, offerId } = await offerTo(lawyer);
      const results = await settle([1, 2, 3].map(() => callerFor(suite.handle, lawyer).referral.accept({ offerId, conflictCheckConfirmed: true })));
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(reasons(results)).toEqual(["referrals.errors.offerAlreadyAccepted", "referrals.errors.offerAlreadyAccepted"]);
      const events = await queryRows<{ n: number }>(
        suite.handle.db,
        sql`select count(*)::int as n from referral_events where referral_id = ${referralId}::uuid and kind = 'offer_accepted'`,
      );
      expect(events[0]!.n).toBe(1);
      // Free the place again for the next round.
      await suite.handle.db.update(referrals).set({ status: "withdrawn" }).where(eq(referrals.id, referralId));
    }
  });

  it("one attorney accepting two referrals at once cannot pass their capacity", async () => {
    const lawyer = await createAttorney(suite.handle.db, { email: "capacity@race.example.org", caseTypes: ["u_visa"], capacity: 1 });
    const offers = [await offerTo(lawyer), await offerTo(lawyer), await offerTo(lawyer)];
    const results = await settle(offers.map((o) => callerFor(suite.handle, lawyer).referral.accept({ offerId: o.offerId, conflictCheckConfirmed: true })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(reasons(results)).toEqual(["referrals.errors.capacityReached", "referrals.errors.capacityReached"]);
    const held = await suite.handle.db.select().from(referrals).where(eq(referrals.acceptedAttorneyId, lawyer.userId));
    expect(held).toHaveLength(1);
  });

  it("an accept racing the organization's withdrawal has one winner, never both", async () => {
    const lawyer = await createAttorney(suite.handle.db, { email: "withdraw@race.example.org", caseTypes: ["u_visa"], capacity: 10 });
    for (let round = 0; round < 5; round++) {
      const { referralId, offerId, version } = await offerTo(lawyer);
      const results = await settle([
        callerFor(suite.handle, lawyer).referral.accept({ offerId, conflictCheckConfirmed: true }),
        callerFor(suite.handle, suite.advocate).referral.withdraw({ referralId, expectedVersion: version }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const [row] = await suite.handle.db.select().from(referrals).where(eq(referrals.id, referralId));
      const [offer] = await suite.handle.db.select().from(referralOffers).where(eq(referralOffers.id, offerId));
      if (row!.status === "accepted") expect(offer!.state).toBe("accepted");
      else expect([row!.status, offer!.state]).toEqual(["withdrawn", "withdrawn"]);
    }
  });

  it("the database itself refuses a second live or accepted offer, so two attorneys can never both accept", async () => {
    const a = await createAttorney(suite.handle.db, { email: "a@race.example.org", caseTypes: ["u_visa"] });
    const b = await createAttorney(suite.handle.db, { email: "b@race.example.org", caseTypes: ["u_visa"] });
    const { referralId, offerId } = await offerTo(a);
    const soon = new Date(Date.now() + 3600_000);
    await expect(
      suite.handle.db.insert(referralOffers).values({ referralId, attorneyId: b.userId, expiresAt: soon }),
    ).rejects.toThrow();
    await callerFor(suite.handle, a).referral.accept({ offerId, conflictCheckConfirmed: true });
    await expect(
      suite.handle.db.insert(referralOffers).values({
        referralId,
        attorneyId: b.userId,
        expiresAt: soon,
        state: "accepted",
        conflictCheckConfirmedAt: new Date(),
        respondedAt: new Date(),
      }),
    ).rejects.toThrow();
  });
});
