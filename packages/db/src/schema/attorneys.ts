import { relations, sql } from "drizzle-orm";
import {
  boolean,
  char,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { caseTypeEnum } from "./enums";
import { users } from "./users";

export const attorneyAffiliationKinds = ["firm", "nonprofit", "solo"] as const;
export type AttorneyAffiliationKind = (typeof attorneyAffiliationKinds)[number];
export const attorneyAffiliationKindEnum = pgEnum("attorney_affiliation_kind", attorneyAffiliationKinds);

/** pending → approved (a moderator grants the platform role "attorney") or rejected. */
export const attorneyApplicationStates = ["pending", "approved", "rejected"] as const;
export type AttorneyApplicationState = (typeof attorneyApplicationStates)[number];
export const attorneyApplicationStateEnum = pgEnum("attorney_application_state", attorneyApplicationStates);

export const barVerificationStates = ["pending", "verified", "rejected"] as const;
export type BarVerificationState = (typeof barVerificationStates)[number];
export const barVerificationStateEnum = pgEnum("bar_verification_state", barVerificationStates);

export const languageProficiencies = ["native", "fluent", "professional", "basic"] as const;
export type LanguageProficiency = (typeof languageProficiencies)[number];
export const languageProficiencyEnum = pgEnum("language_proficiency", languageProficiencies);

/** Most open referrals an attorney may hold at once (matching's capacity hard filter); the check constraint repeats it. */
export const ATTORNEY_CAPACITY = { min: 1, max: 50 } as const;

/**
 * A volunteer attorney's profile, one per person. Member-class data (DESIGN.md): only vetted
 * members may read it, and only when `application_state = 'approved'`.
 *
 * Availability for new referrals: `accepting` is the attorney's switch, and `paused_until` holds
 * new referrals back up to and including that date (the attorney is available again the day
 * after). Matching should use exactly:
 *   application_state = 'approved' AND accepting AND (paused_until IS NULL OR paused_until < current_date)
 */
export const attorneyProfiles = pgTable(
  "attorney_profiles",
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    affiliationKind: attorneyAffiliationKindEnum().notNull(),
    /** Firm or nonprofit name; empty for a solo practice that has none. */
    affiliationName: text(),
    /** Takes cases remotely (anywhere their bar admissions allow), besides in-person regions. */
    remote: boolean().notNull().default(false),
    capacity: integer().notNull(),
    accepting: boolean().notNull().default(true),
    pausedUntil: date({ mode: "string" }),
    /** Willing to mentor newer attorneys. */
    mentors: boolean().notNull().default(false),
    applicationState: attorneyApplicationStateEnum().notNull().default("pending"),
    reviewedById: uuid().references(() => users.id, { onDelete: "set null" }),
    reviewedAt: timestamp({ withTimezone: true, mode: "date" }),
    rejectionReason: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.applicationState, t.accepting),
    check(
      "attorney_profiles_capacity_range",
      sql`${t.capacity} between 1 and 50`,
    ),
  ],
);

/**
 * A bar admission. Bar numbers are "members" data only for the attorney and moderators: the
 * domain never returns them to anyone else. A number is unique within its state, so two
 * people cannot claim the same admission.
 */
export const attorneyBarAdmissions = pgTable(
  "attorney_bar_admissions",
  {
    id: id(),
    attorneyId: uuid()
      .notNull()
      .references(() => attorneyProfiles.userId, { onDelete: "cascade" }),
    /** Two-letter USPS code of the admitting state (or DC, territories). */
    stateCode: char({ length: 2 }).notNull(),
    /** Stored as entered, upper-cased and trimmed. */
    barNumber: text().notNull(),
    yearAdmitted: integer().notNull(),
    verificationState: barVerificationStateEnum().notNull().default("pending"),
    verifiedById: uuid().references(() => users.id, { onDelete: "set null" }),
    verifiedAt: timestamp({ withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [
    unique("attorney_bar_admissions_state_number").on(t.stateCode, t.barNumber),
    index().on(t.attorneyId),
    index().on(t.verificationState),
  ],
);

/** Practice areas: the same case types referrals carry, so matching compares like with like. */
export const attorneyPracticeAreas = pgTable(
  "attorney_practice_areas",
  {
    attorneyId: uuid()
      .notNull()
      .references(() => attorneyProfiles.userId, { onDelete: "cascade" }),
    caseType: caseTypeEnum().notNull(),
  },
  (t) => [primaryKey({ columns: [t.attorneyId, t.caseType] }), index().on(t.caseType, t.attorneyId)],
);

/** Languages the attorney works in: ISO 639-1/639-3 codes, as in the directory's languages. */
export const attorneyLanguages = pgTable(
  "attorney_languages",
  {
    attorneyId: uuid()
      .notNull()
      .references(() => attorneyProfiles.userId, { onDelete: "cascade" }),
    languageCode: text().notNull(),
    proficiency: languageProficiencyEnum().notNull(),
  },
  (t) => [primaryKey({ columns: [t.attorneyId, t.languageCode] }), index().on(t.languageCode, t.attorneyId)],
);

/**
 * Where the attorney takes in-person cases: a whole state (no county) or one county by its
 * five-digit FIPS code (as the directory's service areas; names come from @puente/geo).
 */
export const attorneyRegions = pgTable(
  "attorney_regions",
  {
    id: id(),
    attorneyId: uuid()
      .notNull()
      .references(() => attorneyProfiles.userId, { onDelete: "cascade" }),
    stateCode: char({ length: 2 }).notNull(),
    countyFips: char({ length: 5 }),
  },
  (t) => [
    unique("attorney_regions_unique").on(t.attorneyId, t.stateCode, t.countyFips).nullsNotDistinct(),
    index().on(t.stateCode, t.countyFips),
  ],
);

export const attorneyProfilesRelations = relations(attorneyProfiles, ({ one, many }) => ({
  user: one(users, { fields: [attorneyProfiles.userId], references: [users.id] }),
  barAdmissions: many(attorneyBarAdmissions),
  practiceAreas: many(attorneyPracticeAreas),
  languages: many(attorneyLanguages),
  regions: many(attorneyRegions),
}));

export const attorneyBarAdmissionsRelations = relations(attorneyBarAdmissions, ({ one }) => ({
  attorney: one(attorneyProfiles, { fields: [attorneyBarAdmissions.attorneyId], references: [attorneyProfiles.userId] }),
}));

export const attorneyPracticeAreasRelations = relations(attorneyPracticeAreas, ({ one }) => ({
  attorney: one(attorneyProfiles, { fields: [attorneyPracticeAreas.attorneyId], references: [attorneyProfiles.userId] }),
}));

export const attorneyLanguagesRelations = relations(attorneyLanguages, ({ one }) => ({
  attorney: one(attorneyProfiles, { fields: [attorneyLanguages.attorneyId], references: [attorneyProfiles.userId] }),
}));

export const attorneyRegionsRelations = relations(attorneyRegions, ({ one }) => ({
  attorney: one(attorneyProfiles, { fields: [attorneyRegions.attorneyId], references: [attorneyProfiles.userId] }),
}));
