import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
  boolean,
} from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "../columns";
import { users } from "../users";
import {
  memberSanctionKindEnum,
  strategyFlagReasonEnum,
  strategyModerationActionEnum,
  strategyModerationTargetEnum,
} from "./enums";
import { strategyPosts } from "./posts";

/** A member's flag on a post; one per member and post. */
export const strategyFlags = pgTable(
  "strategy_flags",
  {
    id: id(),
    postId: uuid()
      .notNull()
      .references(() => strategyPosts.id, { onDelete: "cascade" }),
    flaggerId: uuid().references(() => users.id, { onDelete: "set null" }),
    reason: strategyFlagReasonEnum().notNull(),
    note: text().notNull().default(""),
    resolvedAt: timestamp({ withTimezone: true, mode: "date" }),
    resolvedById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    unique().on(t.postId, t.flaggerId),
    index("strategy_flags_open_idx")
      .on(t.postId)
      .where(sql`${t.resolvedAt} is null`),
  ],
);

/**
 * Who did what to which post, thread, member, group, category or setting, and why; read by
 * moderators. `subjectUserId` is the person a group or category change was about (added,
 * removed, named moderator); `details` holds what the words need (a setting's old and new value).
 * A setting has no row id, so `targetId` is null for it.
 */
export const strategyModerationLog = pgTable(
  "strategy_moderation_log",
  {
    id: id(),
    moderatorId: uuid().references(() => users.id, { onDelete: "set null" }),
    action: strategyModerationActionEnum().notNull(),
    targetKind: strategyModerationTargetEnum().notNull(),
    targetId: uuid(),
    subjectUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    reason: text().notNull().default(""),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index().on(t.at.desc()), index().on(t.targetKind, t.targetId)],
);

/** Warnings, silences (no posting until `until`) and suspensions of members. */
export const memberSanctions = pgTable(
  "member_sanctions",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: memberSanctionKindEnum().notNull(),
    /** Null: until lifted (suspension) or not time-bound (warning). */
    until: timestamp({ withTimezone: true, mode: "date" }),
    reason: text().notNull(),
    moderatorId: uuid().references(() => users.id, { onDelete: "set null" }),
    liftedAt: timestamp({ withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.userId, t.kind)],
);

/**
 * Strategy settings: one row (id is always true). Read with a default when the row is missing, so
 * a fresh database behaves as documented (3 flags hide a post).
 */
export const strategySettings = pgTable(
  "strategy_settings",
  {
    id: boolean().primaryKey().default(true),
    flagThreshold: integer().notNull().default(3),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("strategy_settings_singleton", sql`${t.id}`),
    check("strategy_settings_threshold", sql`${t.flagThreshold} >= 1`),
  ],
);
