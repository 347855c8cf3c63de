import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "../columns";
import { users } from "../users";
import { strategyCategories, strategyGroups } from "./categories";
import {
  enforcementProgramEnum,
  strategyCounterpartEnum,
  strategyOutcomeEnum,
  strategyThreadStatusEnum,
  strategyVisibilityEnum,
} from "./enums";

/**
 * A strategy thread. Its opening words are a structured note (strategy_notes) and an opening post
 * (strategy_posts.is_opening); replies are further posts. Visible to a reader when published and
 * network-wide, or published in a group the reader belongs to or moderates.
 */
export const strategyThreads = pgTable(
  "strategy_threads",
  {
    id: id(),
    categoryId: uuid()
      .notNull()
      .references(() => strategyCategories.id),
    title: text().notNull(),
    visibility: strategyVisibilityEnum().notNull().default("network"),
    /** Set exactly when visibility is 'group'. */
    groupId: uuid().references(() => strategyGroups.id, { onDelete: "restrict" }),
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    status: strategyThreadStatusEnum().notNull().default("pending_review"),
    locked: boolean().notNull().default(false),
    pinned: boolean().notNull().default(false),
    /** A merged thread points at the thread its posts now live in. */
    mergedIntoId: uuid().references((): AnyPgColumn => strategyThreads.id, {
      onDelete: "set null",
    }),
    /** Published replies (the opening post is not counted). */
    replyCount: integer().notNull().default(0),
    lastActivityAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // The listing's order; visibility (published or the reader's own) is checked while walking it.
    index("strategy_threads_activity_idx").on(
      t.pinned.desc(),
      t.lastActivityAt.desc(),
      t.id.desc(),
    ),
    index().on(t.categoryId, t.lastActivityAt.desc()),
    index()
      .on(t.groupId)
      .where(sql`${t.groupId} is not null`),
    index().on(t.authorId),
  ],
);

/** The structured opening of a thread: what was tried, when, with whom, and how it went. */
export const strategyNotes = pgTable(
  "strategy_notes",
  {
    threadId: uuid()
      .primaryKey()
      .references(() => strategyThreads.id, { onDelete: "cascade" }),
    whatTried: text().notNull(),
    /** When it happened (a day; advocates may give the first of the month). */
    triedOn: date({ mode: "string" }).notNull(),
    withWhom: strategyCounterpartEnum().notNull(),
    /** Who exactly, in the advocate's words ("Sheriff's chief deputy", "county commissioners"). */
    withWhomDetail: text().notNull().default(""),
    outcome: strategyOutcomeEnum().notNull(),
    lessons: text().notNull().default(""),
  },
  (t) => [index().on(t.outcome), index().on(t.withWhom), index().on(t.triedOn)],
);

/** Where: a whole state (county null) or one county (FIPS code) of it. */
export const threadJurisdictions = pgTable(
  "thread_jurisdictions",
  {
    id: id(),
    threadId: uuid()
      .notNull()
      .references(() => strategyThreads.id, { onDelete: "cascade" }),
    /** Two-letter USPS code. */
    state: text().notNull(),
    /** Five-digit county FIPS code, or null for the whole state. */
    countyFips: text(),
  },
  (t) => [
    index().on(t.threadId),
    index("thread_jurisdictions_state_idx").on(t.state, t.threadId),
    index("thread_jurisdictions_county_idx").on(t.countyFips, t.threadId),
  ],
);

export const threadPrograms = pgTable(
  "thread_programs",
  {
    threadId: uuid()
      .notNull()
      .references(() => strategyThreads.id, { onDelete: "cascade" }),
    program: enforcementProgramEnum().notNull(),
  },
  (t) => [primaryKey({ columns: [t.threadId, t.program] }), index().on(t.program, t.threadId)],
);

/** Languages the strategy was carried out in (ISO 639-1 codes from the directory's list). */
export const threadLanguages = pgTable(
  "thread_languages",
  {
    threadId: uuid()
      .notNull()
      .references(() => strategyThreads.id, { onDelete: "cascade" }),
    language: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.threadId, t.language] }), index().on(t.language, t.threadId)],
);
