import { boolean, index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "../columns";
import { users } from "../users";

/** Topics of strategy threads, managed by admins; seeded by ensureStrategyCategories. */
export const strategyCategories = pgTable(
  "strategy_categories",
  {
    id: id(),
    slug: text().notNull().unique(),
    name: text().notNull(),
    nameEs: text().notNull(),
    description: text().notNull().default(""),
    descriptionEs: text().notNull().default(""),
    position: integer().notNull().default(0),
    /** Archived categories keep their threads but take no new ones. */
    archived: boolean().notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.position)],
);

/** A category can have its own moderators besides the platform's. */
export const categoryModerators = pgTable(
  "category_moderators",
  {
    categoryId: uuid()
      .notNull()
      .references(() => strategyCategories.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.categoryId, t.userId] }), index().on(t.userId)],
);

/** A state coalition or working group: group threads are read only by its members and moderators. */
export const strategyGroups = pgTable("strategy_groups", {
  id: id(),
  name: text().notNull(),
  description: text().notNull().default(""),
  archived: boolean().notNull().default(false),
  createdById: uuid().references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const groupMembers = pgTable(
  "group_members",
  {
    groupId: uuid()
      .notNull()
      .references(() => strategyGroups.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    addedById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] }), index().on(t.userId)],
);

/** Moderators of one group manage its membership (and read its threads). */
export const groupModerators = pgTable(
  "group_moderators",
  {
    groupId: uuid()
      .notNull()
      .references(() => strategyGroups.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] }), index().on(t.userId)],
);
