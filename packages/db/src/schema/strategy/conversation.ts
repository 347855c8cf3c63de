import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "../columns";
import { users } from "../users";
import { strategyCategories } from "./categories";
import {
  strategyDigestFrequencyEnum,
  strategyFollowTargetEnum,
  strategyNotificationKindEnum,
} from "./enums";
import { strategyPosts } from "./posts";
import { strategyThreads } from "./threads";

/** Follows of a thread, a category or a jurisdiction (a state, or one county of it). */
export const strategyFollows = pgTable(
  "strategy_follows",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    targetKind: strategyFollowTargetEnum().notNull(),
    threadId: uuid().references(() => strategyThreads.id, { onDelete: "cascade" }),
    categoryId: uuid().references(() => strategyCategories.id, { onDelete: "cascade" }),
    state: text(),
    countyFips: text(),
    createdAt: createdAt(),
  },
  (t) => [
    unique("strategy_follows_unique")
      .on(t.userId, t.targetKind, t.threadId, t.categoryId, t.state, t.countyFips)
      .nullsNotDistinct(),
    index()
      .on(t.threadId)
      .where(sql`${t.threadId} is not null`),
    index()
      .on(t.categoryId)
      .where(sql`${t.categoryId} is not null`),
    index()
      .on(t.state, t.countyFips)
      .where(sql`${t.state} is not null`),
  ],
);

export const strategyNotifications = pgTable(
  "strategy_notifications",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: strategyNotificationKindEnum().notNull(),
    threadId: uuid().references(() => strategyThreads.id, { onDelete: "cascade" }),
    postId: uuid().references(() => strategyPosts.id, { onDelete: "cascade" }),
    /** Who caused it (the replier, the moderator); null when the system did. */
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    readAt: timestamp({ withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [
    index().on(t.userId, t.createdAt.desc()),
    index("strategy_notifications_unread_idx")
      .on(t.userId)
      .where(sql`${t.readAt} is null`),
  ],
);

/** Per-member strategy preferences: the email digest. */
export const strategyPreferences = pgTable("strategy_preferences", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  digest: strategyDigestFrequencyEnum().notNull().default("none"),
  lastDigestAt: timestamp({ withTimezone: true, mode: "date" }),
  updatedAt: updatedAt(),
});
