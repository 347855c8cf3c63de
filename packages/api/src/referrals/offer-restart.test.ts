import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDatabase, databaseDriver, type DatabaseHandle, eq } from "@puente/db";
import { organizations, referralOffers } from "@puente/db/schema";
import { demoAccounts, demoProgramName, seedDemo } from "@puente/db/seed";
import { createTestDatabase } from "@puente/db/testing";
import { afterAll, expect, it, vi } from "vitest";
import { createAttorney, makeOfferDue, pauseDemoAttorneys, referralInput, startTestQueue, waitFor } from "../testing/referral-fixture";
import { actorByEmail, callerFor } from "../testing/test-context";

/**
 * An offer's lapse is a row in the queue, not a timer: queued before a shutdown, it is done after
 * the next start. PGlite closes and reopens its data folder (a restarted web server); PostgreSQL
 * gets a new pool (a restarted worker). Mirrors packages/jobs/src/restart.test.ts.
 */
const mailDir = await vi.hoisted(async () => (await import("../testing/mail-dir")).useTemporaryMailDir("offer-restart"));

const postgresUrl = process.env.TEST_DATABASE_URL;
const cleanups: (() => Promise<void>)[] = [async () => rmSync(mailDir, { recursive: true, force: true })];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
}, 60_000);

async function openTwice(): Promise<{ first: DatabaseHandle; reopen: () => Promise<DatabaseHandle> }> {
  if (postgresUrl) {
    const first = await createTestDatabase();
    const driver = databaseDriver(first.db);
    if (driver.engine !== "postgresql") throw new Error("expected PostgreSQL");
    cleanups.push(() => first.close());
    return {
      first,
      reopen: async () => {
        const second = createDatabase({ url: driver.url, maxConnections: 2 });
        cleanups.push(() => second.close());
        return second;
      },
    };
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), "puente-offer-restart-"));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  const first = createDatabase({ dataDir });
  await first.migrate();
  return {
    first,
    reopen: async () => {
      const second = createDatabase({ dataDir });
      cleanups.push(() => second.close());
      return second;
    },
  };
}

it("an offer's lapse queued before a restart is done after it", async () => {
  const { first, reopen } = await openTwice();
  await seedDemo(first.db);
  await pauseDemoAttorneys(first.db);
  const lawyer = await createAttorney(first.db, { email: "restart@example.org", caseTypes: ["u_visa"] });
  const [program] = await first.db.select().from(organizations).where(eq(organizations.name, demoProgramName));
  const advocate = await actorByEmail(first.db, demoAccounts.advocate);

  const before = await startTestQueue(first, { work: false });
  const created = await callerFor(first, advocate).referral.create(referralInput(program!.id));
  const { offerId } = await callerFor(first, advocate).referral.offer({
    referralId: created.id,
    expectedVersion: created.version,
    attorneyId: lawyer.userId,
    downTheList: false,
  });
  await before.stop();
  if (first.engine === "pglite") await first.close();

  const second = await reopen();
  // Due now: the offer and its queued jobs, as if the 72 hours had passed while the server was down.
  await makeOfferDue(second.db, offerId);
  const after = await startTestQueue(second);
  try {
    const lapsed = await waitFor(async () => {
      const [offer] = await second.db.select().from(referralOffers).where(eq(referralOffers.id, offerId));
      return offer!.state !== "offered" && offer!.state;
    }, "the lapse");
    expect(lapsed).toBe("expired");
  } finally {
    await after.stop();
  }
}, 180_000);
