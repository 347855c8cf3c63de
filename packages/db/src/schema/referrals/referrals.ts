import { sql } from "drizzle-orm";
import {
  boolean,
  char,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "../columns";
import { caseTypeEnum } from "../enums";
import { organizations } from "../organizations";
import { users } from "../users";
import {
  referralConsentScopeEnum,
  referralMeetingModeEnum,
  referralOutcomeEnum,
  referralStatusEnum,
} from "./enums";

/** Longest summary: a few sentences, de-identified, never a case file. */
export const REFERRAL_SUMMARY_MAX = 1000;
/** Offers last 72 hours unless the advocate shortens them for an urgent case. */
export const OFFER_HOURS = { min: 1, default: 72, max: 72 } as const;

/**
 * A de-identified referral. It carries a generated case reference code, never a survivor's name;
 * the summary is "parties" data (DESIGN.md) and passes the identifier checker before it is stored.
 * `version` grows on every status change, so a stale form (expected version) cannot act twice.
 */
export const referrals = pgTable(
  "referrals",
  {
    id: id(),
    referenceCode: text().notNull().unique(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    /** Two-letter USPS code and, when known, the county's five-digit FIPS code (as attorney_regions). */
    stateCode: char({ length: 2 }).notNull(),
    countyFips: char({ length: 5 }),
    /** ISO 639 code of the language the survivor needs. */
    languageCode: text().notNull(),
    interpreterAvailable: boolean().notNull().default(false),
    detained: boolean().notNull().default(false),
    hearingDate: date({ mode: "string" }),
    filingDeadline: date({ mode: "string" }),
    meetingMode: referralMeetingModeEnum().notNull().default("either"),
    summary: text().notNull(),
    status: referralStatusEnum().notNull().default("draft"),
    outcome: referralOutcomeEnum(),
    offerHours: integer().notNull().default(OFFER_HOURS.default),
    acceptedAttorneyId: uuid().references(() => users.id, { onDelete: "set null" }),
    version: integer().notNull().default(0),
    openedAt: timestamp({ withTimezone: true, mode: "date" }),
    acceptedAt: timestamp({ withTimezone: true, mode: "date" }),
    closedAt: timestamp({ withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.organizationId, t.status),
    index().on(t.acceptedAttorneyId, t.status),
    index().on(t.status, t.stateCode),
    check("referrals_summary_length", sql`char_length(${t.summary}) between 1 and ${sql.raw(String(REFERRAL_SUMMARY_MAX))}`),
    check(
      "referrals_offer_hours_range",
      sql`${t.offerHours} between ${sql.raw(String(OFFER_HOURS.min))} and ${sql.raw(String(OFFER_HOURS.max))}`,
    ),
    // An outcome belongs to a closed referral and a closed referral has one.
    check("referrals_outcome_when_closed", sql`(${t.status} = 'closed') = (${t.outcome} is not null)`),
    // Accepted, in progress and closed referrals always name the attorney who accepted.
    check(
      "referrals_attorney_when_accepted",
      sql`${t.status} not in ('accepted', 'in_progress', 'closed') or ${t.acceptedAttorneyId} is not null`,
    ),
    check("referrals_county_fips_format", sql`${t.countyFips} is null or ${t.countyFips} ~ '^[0-9]{5}$'`),
  ],
);

export const referralCaseTypes = pgTable(
  "referral_case_types",
  {
    referralId: uuid()
      .notNull()
      .references(() => referrals.id, { onDelete: "cascade" }),
    caseType: caseTypeEnum().notNull(),
  },
  (t) => [primaryKey({ columns: [t.referralId, t.caseType] }), index().on(t.caseType)],
);

/**
 * The survivor's consent as the advocate recorded it: one per referral. Revoking it withdraws the
 * referral; the row stays as the record of what was agreed and when it ended.
 */
export const referralConsents = pgTable(
  "referral_consents",
  {
    id: id(),
    referralId: uuid()
      .notNull()
      .unique()
      .references(() => referrals.id, { onDelete: "cascade" }),
    givenOn: date({ mode: "string" }).notNull(),
    scope: referralConsentScopeEnum().notNull(),
    expiresOn: date({ mode: "string" }),
    recordedById: uuid().references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp({ withTimezone: true, mode: "date" }),
    revokedById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [check("referral_consents_expiry_after_given", sql`${t.expiresOn} is null or ${t.expiresOn} >= ${t.givenOn}`)],
);
