import { rmSync } from "node:fs";
import type { SignedInActor } from "@puente/auth/actor";
import { type DatabaseHandle, eq, type Executor, queryRows, sql } from "@puente/db";
import {
  attorneyLanguages,
  attorneyPracticeAreas,
  attorneyProfiles,
  attorneyRegions,
  organizations,
  type CaseType,
  type LanguageProficiency,
} from "@puente/db/schema";
import { createUser, demoAccounts, demoProgramName } from "@puente/db/seed";
import type { JobQueue } from "@puente/jobs";
import type { Locale } from "@puente/i18n";
import { afterAll, beforeAll } from "vitest";
import type { CreateReferralInput } from "../referrals/inputs";
import { actorByEmail, callerFor, seededDatabase } from "./test-context";
import { startTestQueue } from "./test-queue";

// The queue helpers live in test-queue.ts; referral tests (and the digest test) reach them here too.
export { startTestQueue, waitFor } from "./test-queue";

export interface AttorneySpec {
  email: string;
  name?: string;
  language?: Locale;
  caseTypes: CaseType[];
  languages?: Array<{ code: string; proficiency: LanguageProficiency }>;
  regions?: Array<{ state: string; countyFips?: string | null }>;
  remote?: boolean;
  capacity?: number;
  accepting?: boolean;
  pausedUntil?: string | null;
}

/** An approved, active attorney with the platform role, as the attorneys domain would leave one. */
export async function createAttorney(db: Executor, spec: AttorneySpec): Promise<SignedInActor> {
  const user = await createUser(db, {
    email: spec.email,
    name: spec.name ?? spec.email.split("@")[0],
    preferredLanguage: spec.language ?? "en",
    roles: ["member", "attorney"],
  });
  await db.insert(attorneyProfiles).values({
    userId: user.id,
    affiliationKind: "solo",
    remote: spec.remote ?? false,
    capacity: spec.capacity ?? 3,
    accepting: spec.accepting ?? true,
    pausedUntil: spec.pausedUntil ?? null,
    applicationState: "approved",
  });
  await db.insert(attorneyPracticeAreas).values(spec.caseTypes.map((caseType) => ({ attorneyId: user.id, caseType })));
  if (spec.languages?.length) {
    await db
      .insert(attorneyLanguages)
      .values(spec.languages.map((l) => ({ attorneyId: user.id, languageCode: l.code, proficiency: l.proficiency })));
  }
  if (spec.regions?.length) {
    await db
      .insert(attorneyRegions)
      .values(spec.regions.map((r) => ({ attorneyId: user.id, stateCode: r.state, countyFips: r.countyFips ?? null })));
  }
  return actorByEmail(db, spec.email);
}

/** The demo network's attorneys stop accepting, so rankings in a test contain only its own fixtures. */
export async function pauseDemoAttorneys(db: Executor): Promise<void> {
  await db.execute(sql`update attorney_profiles set accepting = false`);
}

/** A valid referral in Laramie County, Wyoming (no demo attorney practises there). */
export function referralInput(organizationId: string, overrides: Partial<CreateReferralInput> = {}): CreateReferralInput {
  return {
    organizationId,
    caseTypes: ["u_visa"],
    stateCode: "WY",
    countyFips: "56021",
    languageCode: "es",
    interpreterAvailable: false,
    detained: false,
    meetingMode: "either",
    summary: "Survivor of domestic violence, cooperated with police, seeks help with a U visa certification.",
    offerHours: 72,
    consent: { givenOn: "2026-01-05", scope: "share_with_matched_attorneys" },
    open: true,
    ...overrides,
  };
}

/** What every referral test file starts from: the seeded demo, a queue on it, the demo program and its advocate. */
export interface ReferralSuite {
  handle: DatabaseHandle;
  queue: JobQueue;
  programId: string;
  advocate: SignedInActor;
}

/**
 * Registers the file's beforeAll/afterAll: a fresh seeded database with the demo attorneys paused
 * (rankings hold only the file's own attorneys), a real queue (`work: false` queues jobs without
 * running them), and at the end the queue, database and mail folder (from mail-dir.ts) are removed.
 * The returned object is filled in by beforeAll.
 */
export function useReferralSuite(options: { mailDir: string; work: boolean }): ReferralSuite {
  const suite = {} as ReferralSuite;
  beforeAll(async () => {
    suite.handle = await seededDatabase();
    suite.queue = await startTestQueue(suite.handle, { work: options.work });
    const [program] = await suite.handle.db.select().from(organizations).where(eq(organizations.name, demoProgramName));
    suite.programId = program!.id;
    suite.advocate = await actorByEmail(suite.handle.db, demoAccounts.advocate);
    await pauseDemoAttorneys(suite.handle.db);
  }, 120_000);
  afterAll(async () => {
    await suite.queue?.stop();
    await suite.handle?.close();
    rmSync(options.mailDir, { recursive: true, force: true });
  }, 60_000);
  return suite;
}

/** The suite's advocate creates a referral (open, unless overridden) and offers it to one attorney. */
export async function offeredReferral(suite: ReferralSuite, attorney: SignedInActor, overrides: Partial<CreateReferralInput> = {}) {
  const created = await callerFor(suite.handle, suite.advocate).referral.create(referralInput(suite.programId, overrides));
  const offer = await callerFor(suite.handle, suite.advocate).referral.offer({
    referralId: created.id,
    expectedVersion: created.version,
    attorneyId: attorney.userId,
    downTheList: false,
  });
  return { referralId: created.id, referenceCode: created.referenceCode, offerId: offer.offerId, version: offer.version };
}

/** Makes an offer due now, as if its hours had passed: its row and its queued jobs. */
export async function makeOfferDue(db: Executor, offerId: string): Promise<void> {
  await db.execute(
    sql`update referral_offers set offered_at = now() - interval '3 days', expires_at = now() - interval '1 second' where id = ${offerId}::uuid`,
  );
  await db.execute(sql`update pgboss.job set start_after = now() where data->>'offerId' = ${offerId}`);
}

/** The queued jobs about one offer or referral (by the id in their payload), by name. */
export function jobsAbout(db: Executor, key: "offerId" | "referralId", id: string) {
  return queryRows<{ name: string; state: string; startAfter: Date | string }>(
    db,
    sql`select name, state::text as "state", start_after as "startAfter" from pgboss.job where data->>${key} = ${id} order by name, start_after`,
  );
}
