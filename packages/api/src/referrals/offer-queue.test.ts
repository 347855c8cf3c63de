import { rmSync } from "node:fs";
import type { SignedInActor } from "@puente/auth/actor";
import { type DatabaseHandle, eq, sql } from "@puente/db";
import { organizations, referralOffers, referrals } from "@puente/db/schema";
import { demoAccounts, demoProgramName } from "@puente/db/seed";
import { listStoredMail } from "@puente/email";
import type { JobQueue } from "@puente/jobs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAttorney, pauseDemoAttorneys, referralInput, startTestQueue } from "../testing/referral-fixture";
import { actorByEmail, callerFor, seededDatabase } from "../testing/test-context";

/**
 * Offers lapse and move on through the real job queue: the jobs are sent in the offer's
 * transaction with startAfter = expiresAt; here the due time is pulled forward in the database
 * (pg-boss's start_after and the offer's expires_at together), so the test waits seconds, not days.
 */
const mailDir = await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "puente-offer-queue-mail-"));
  process.env.MAIL_DIR = dir;
  delete process.env.SMTP_URL;
  return dir;
});

let handle: DatabaseHandle;
let queue: JobQueue;
let programId: string;
let advocate: SignedInActor;
let first: SignedInActor;
let second: SignedInActor;

async function waitFor<T>(check: () => Promise<T | undefined | false>, label: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${label}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Makes an offer due now: its row and its queued jobs. */
async function makeDue(offerId: string) {
  await handle.db.execute(
    sql`update referral_offers set offered_at = now() - interval '2 hours', expires_at = now() - interval '1 second' where id = ${offerId}::uuid`,
  );
  await handle.db.execute(sql`update pgboss.job set start_after = now() where data->>'offerId' = ${offerId}`);
}

beforeAll(async () => {
  handle = await seededDatabase();
  const db = handle.db;
  queue = await startTestQueue(handle);
  const [program] = await db.select().from(organizations).where(eq(organizations.name, demoProgramName));
  programId = program!.id;
  advocate = await actorByEmail(db, demoAccounts.advocate);
  await pauseDemoAttorneys(db);
  // "first" ranks above "second": same practice area, first is in the county.
  first = await createAttorney(db, { email: "first@queue.example.org", name: "First", caseTypes: ["u_visa"], regions: [{ state: "WY", countyFips: "56021" }] });
  second = await createAttorney(db, { email: "second@queue.example.org", name: "Second", language: "es", caseTypes: ["u_visa"], regions: [{ state: "WY" }] });
}, 120_000);

afterAll(async () => {
  await queue?.stop();
  await handle?.close();
  rmSync(mailDir, { recursive: true, force: true });
}, 60_000);

const offersOf = (referralId: string) =>
  handle.db.select().from(referralOffers).where(eq(referralOffers.referralId, referralId)).orderBy(referralOffers.offeredAt);

describe("offers on the job queue", () => {
  it("queues the lapse at expiresAt and a reminder before it, in the offer's transaction", async () => {
    const created = await callerFor(handle, advocate).referral.create(referralInput(programId, { offerHours: 24 }));
    const offer = await callerFor(handle, advocate).referral.offer({ referralId: created.id, expectedVersion: created.version, downTheList: false });
    const jobs = await handle.db.execute(
      sql`select name, start_after from pgboss.job where data->>'offerId' = ${offer.offerId} order by name`,
    );
    const rows = ((jobs as unknown as { rows?: unknown[] }).rows ?? jobs) as { name: string; start_after: Date | string }[];
    expect(rows.map((r) => r.name)).toEqual(["referral.offer.expire", "referral.offer.remind"]);
    const at = (r: { start_after: Date | string }) => new Date(r.start_after).getTime();
    expect(Math.abs(at(rows[0]!) - offer.expiresAt.getTime())).toBeLessThan(1000);
    // 24 hours: reminded 6 hours (a quarter) before the end.
    expect(Math.abs(offer.expiresAt.getTime() - at(rows[1]!) - 6 * 3600_000)).toBeLessThan(1000);
  });

  it("lapses an offer through the queue and moves down the list to the next match, who is emailed", async () => {
    const created = await callerFor(handle, advocate).referral.create(referralInput(programId));
    const offer = await callerFor(handle, advocate).referral.offer({ referralId: created.id, expectedVersion: created.version, downTheList: true });
    expect(offer.attorneyId).toBe(first.userId);
    await makeDue(offer.offerId);
    const offers = await waitFor(async () => {
      const rows = await offersOf(created.id);
      return rows.length === 2 && rows;
    }, "the next offer");
    expect(offers.map((o) => [o.attorneyId, o.state])).toEqual([
      [first.userId, "expired"],
      [second.userId, "offered"],
    ]);
    const [referral] = await handle.db.select().from(referrals).where(eq(referrals.id, created.id));
    expect(referral!.status).toBe("offered");
    const details = await callerFor(handle, advocate).referral.byId({ referralId: created.id });
    expect(details.timeline.map((e) => e.kind)).toEqual(["created", "opened", "offered", "offer_expired", "offered"]);
    expect(details.timeline.at(-2)!.actorName).toBeNull();
    // The expired offer can no longer be accepted, and says so.
    const late = await callerFor(handle, first)
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
    const created = await callerFor(handle, advocate).referral.create(referralInput(programId));
    const offer = await callerFor(handle, advocate).referral.offer({
      referralId: created.id,
      expectedVersion: created.version,
      attorneyId: first.userId,
      downTheList: true,
    });
    const declined = await callerFor(handle, first).referral.decline({ offerId: offer.offerId, reason: "capacity" });
    expect(declined.nextOfferId).not.toBeNull();
    const offers = await offersOf(created.id);
    expect(offers.map((o) => o.attorneyId)).toEqual([first.userId, second.userId]);

    const single = await callerFor(handle, advocate).referral.create(referralInput(programId));
    const only = await callerFor(handle, advocate).referral.offer({ referralId: single.id, expectedVersion: single.version, downTheList: false });
    await makeDue(only.offerId);
    await waitFor(async () => {
      const [row] = await handle.db.select().from(referrals).where(eq(referrals.id, single.id));
      return row!.status === "open";
    }, "the referral to reopen");
    expect((await offersOf(single.id)).map((o) => o.state)).toEqual(["expired"]);
  }, 60_000);

  it("a lapse job that runs after an answer changes nothing", async () => {
    const created = await callerFor(handle, advocate).referral.create(referralInput(programId));
    const offer = await callerFor(handle, advocate).referral.offer({
      referralId: created.id,
      expectedVersion: created.version,
      attorneyId: first.userId,
      downTheList: true,
    });
    await callerFor(handle, first).referral.accept({ offerId: offer.offerId, conflictCheckConfirmed: true });
    await handle.db.execute(sql`update pgboss.job set start_after = now() where data->>'offerId' = ${offer.offerId}`);
    await waitFor(async () => {
      const rows = await handle.db.execute(
        sql`select count(*)::int as n from pgboss.job where data->>'offerId' = ${offer.offerId} and state = 'completed'`,
      );
      const [row] = ((rows as unknown as { rows?: { n: number }[] }).rows ?? rows) as { n: number }[];
      return row!.n === 2;
    }, "both jobs to complete");
    const [referral] = await handle.db.select().from(referrals).where(eq(referrals.id, created.id));
    expect(referral!.status).toBe("accepted");
    expect((await offersOf(created.id)).map((o) => o.state)).toEqual(["accepted"]);
  }, 60_000);
});
