import { hasRole, isVetted, type Actor } from "@puente/auth/actor";
import type { Executor } from "@puente/db";
import {
  attorneyBarAdmissions,
  attorneyLanguages,
  attorneyPracticeAreas,
  attorneyProfiles,
  attorneyRegions,
  users,
  type AttorneyApplicationState,
  type BarVerificationState,
  type CaseType,
  type LanguageProficiency,
} from "@puente/db/schema";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { notFound } from "../errors";
import { availableToday } from "./available-today";

/**
 * Who reads a profile decides its shape. Members see approved profiles without bar numbers;
 * the attorney and moderators see everything, including the application's review. Bar numbers
 * are not even selected for a member, so they cannot leak into a page or a response.
 */
export type ProfileAudience = "member" | "owner" | "moderator";

export interface BarAdmissionView {
  id: string;
  state: string;
  year: number;
  verificationState: BarVerificationState;
  /** Only for the attorney and moderators. */
  number?: string;
  verifiedAt?: Date | null;
}

export interface AttorneyProfileView {
  userId: string;
  name: string;
  affiliationKind: "firm" | "nonprofit" | "solo";
  affiliationName: string | null;
  remote: boolean;
  capacity: number;
  accepting: boolean;
  pausedUntil: string | null;
  /** Takes new referrals today: accepting and not paused. */
  availableNow: boolean;
  mentors: boolean;
  applicationState: AttorneyApplicationState;
  practiceAreas: CaseType[];
  languages: Array<{ code: string; proficiency: LanguageProficiency }>;
  regions: Array<{ state: string; countyFips: string | null }>;
  barAdmissions: BarAdmissionView[];
  /** Owner and moderators only. */
  review?: { reviewedAt: Date | null; rejectionReason: string | null };
  /** Moderators only: how to reach the applicant. */
  email?: string;
}

const proficiencyOrder: LanguageProficiency[] = ["native", "fluent", "professional", "basic"];

/** Loads whole profiles for a set of people, shaped for one audience. Order follows `userIds`. */
export async function loadProfiles(
  db: Executor,
  userIds: string[],
  audience: ProfileAudience,
): Promise<AttorneyProfileView[]> {
  if (userIds.length === 0) return [];
  const withNumbers = audience !== "member";
  const [profiles, admissions, areas, languages, regions] = await Promise.all([
    db
      .select({ profile: attorneyProfiles, name: users.name, email: users.email, availableNow: availableToday })
      .from(attorneyProfiles)
      .innerJoin(users, eq(users.id, attorneyProfiles.userId))
      .where(inArray(attorneyProfiles.userId, userIds)),
    db
      .select({
        id: attorneyBarAdmissions.id,
        attorneyId: attorneyBarAdmissions.attorneyId,
        state: attorneyBarAdmissions.stateCode,
        year: attorneyBarAdmissions.yearAdmitted,
        verificationState: attorneyBarAdmissions.verificationState,
        verifiedAt: attorneyBarAdmissions.verifiedAt,
        ...(withNumbers ? { number: attorneyBarAdmissions.barNumber } : {}),
      })
      .from(attorneyBarAdmissions)
      .where(
        and(
          inArray(attorneyBarAdmissions.attorneyId, userIds),
          // Members see admissions a moderator has verified, nothing still in doubt.
          withNumbers ? undefined : eq(attorneyBarAdmissions.verificationState, "verified"),
        ),
      )
      .orderBy(asc(attorneyBarAdmissions.stateCode)),
    db.select().from(attorneyPracticeAreas).where(inArray(attorneyPracticeAreas.attorneyId, userIds)),
    db.select().from(attorneyLanguages).where(inArray(attorneyLanguages.attorneyId, userIds)),
    db
      .select()
      .from(attorneyRegions)
      .where(inArray(attorneyRegions.attorneyId, userIds))
      // A whole state before its counties.
      .orderBy(asc(attorneyRegions.stateCode), sql`${attorneyRegions.countyFips} NULLS FIRST`),
  ]);

  const byId = new Map(
    profiles.map(({ profile: p, name, email, availableNow }) => {
      const view: AttorneyProfileView = {
        userId: p.userId,
        name: name ?? email.split("@")[0]!,
        affiliationKind: p.affiliationKind,
        affiliationName: p.affiliationName,
        remote: p.remote,
        capacity: p.capacity,
        accepting: p.accepting,
        pausedUntil: p.pausedUntil,
        availableNow: Boolean(availableNow),
        mentors: p.mentors,
        applicationState: p.applicationState,
        practiceAreas: areas.filter((a) => a.attorneyId === p.userId).map((a) => a.caseType),
        languages: languages
          .filter((l) => l.attorneyId === p.userId)
          .map((l) => ({ code: l.languageCode, proficiency: l.proficiency }))
          .sort((a, b) => proficiencyOrder.indexOf(a.proficiency) - proficiencyOrder.indexOf(b.proficiency) || a.code.localeCompare(b.code)),
        regions: regions.filter((r) => r.attorneyId === p.userId).map((r) => ({ state: r.stateCode, countyFips: r.countyFips })),
        barAdmissions: admissions
          .filter((a) => a.attorneyId === p.userId)
          .map(({ attorneyId: _attorneyId, ...admission }) => admission),
      };
      if (audience !== "member") view.review = { reviewedAt: p.reviewedAt, rejectionReason: p.rejectionReason };
      if (audience === "moderator") view.email = email;
      return [p.userId, view] as const;
    }),
  );
  return userIds.flatMap((id) => byId.get(id) ?? []);
}

/** The caller's own profile, or null before they apply. */
export async function readOwnProfile(db: Executor, userId: string) {
  const [profile] = await loadProfiles(db, [userId], "owner");
  return profile ?? null;
}

/**
 * One profile. Members reach approved profiles only (a pending or rejected application is the
 * moderators' business); the attorney and moderators reach theirs or any.
 */
export async function attorneyById(db: Executor, actor: Actor, userId: string) {
  if (!isVetted(actor)) throw notFound();
  const audience: ProfileAudience =
    actor.userId === userId ? "owner" : hasRole(actor, "moderator") ? "moderator" : "member";
  const [profile] = await loadProfiles(db, [userId], audience);
  if (!profile || (audience === "member" && profile.applicationState !== "approved")) throw notFound();
  return profile;
}
