import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Counters for rate-limiter-flexible's Drizzle store. Kept in the database, not in process
 * memory, because Puente may run as several web processes.
 */
export const rateLimits = pgTable("rate_limits", {
  key: text().primaryKey(),
  points: integer().notNull().default(0),
  expire: timestamp({ withTimezone: true, mode: "date" }),
});
