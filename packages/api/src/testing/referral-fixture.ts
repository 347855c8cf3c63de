import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { SignedInActor } from "@puente/auth/actor";
import { type DatabaseHandle, type Executor, sql } from "@puente/db";
import {
  attorneyLanguages,
  attorneyPracticeAreas,
  attorneyProfiles,
  attorneyRegions,
  type CaseType,
  type LanguageProficiency,
} from "@puente/db/schema";
import { createUser } from "@puente/db/seed";
import { createQueue, registerWorkers, type JobQueue } from "@puente/jobs";
import type { Locale } from "@puente/i18n";
import { jobWork } from "../job-work";
import type { CreateReferralInput } from "../referrals/inputs";
import { actorByEmail } from "./test-context";

/** A mail folder of the test's own; call inside vi.hoisted before @puente/email reads MAIL_DIR. */
export function temporaryMailDir(): string {
  return mkdtempSync(path.join(tmpdir(), "puente-referrals-mail-"));
}

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

/** A real queue on the test database with every worker registered, polling fast. */
export async function startTestQueue(handle: DatabaseHandle, options: { work?: boolean } = {}): Promise<JobQueue> {
  const queue = await createQueue(handle, { pollingIntervalSeconds: 0.5 });
  if (options.work !== false) await registerWorkers(queue, jobWork(handle.db));
  return queue;
}
