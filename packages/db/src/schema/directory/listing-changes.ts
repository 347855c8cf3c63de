import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "../columns";
import { organizations } from "../organizations";
import { users } from "../users";
import { suggestionStatusEnum } from "./enums";

/** A member's proposed change to a listing, reviewed by moderators as a diff. */
export const listingSuggestions = pgTable(
  "listing_suggestions",
  {
    id: id(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** Field → proposed value, over the editable listing fields only. */
    changes: jsonb().$type<Record<string, unknown>>().notNull(),
    note: text(),
    status: suggestionStatusEnum().notNull().default("pending"),
    reviewerId: uuid().references(() => users.id, { onDelete: "set null" }),
    rejectionReason: text(),
    reviewedAt: timestamp({ withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.status, t.createdAt), index().on(t.organizationId)],
);

/** Every change to a listing, shown as edit history to those allowed to edit it and to moderators. */
export const listingHistory = pgTable(
  "listing_history",
  {
    id: id(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** "edited", "suggestion_accepted", "verified", "imported". */
    kind: text().notNull(),
    /** Field → { from, to }. */
    diff: jsonb().$type<Record<string, { from: unknown; to: unknown }>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.organizationId, t.createdAt)],
);
