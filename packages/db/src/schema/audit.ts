import { index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { users } from "./users";

/**
 * Who did or read what. Written in the same transaction as the change it records, so a change
 * without its audit row cannot exist. Readable by administrators only.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: id(),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    action: text().notNull(),
    subjectType: text().notNull(),
    subjectId: text().notNull(),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.subjectType, t.subjectId), index().on(t.createdAt)],
);
