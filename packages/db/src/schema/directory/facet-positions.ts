import { integer, numeric, pgTable, primaryKey, text, unique } from "drizzle-orm/pg-core";

/**
 * Where each facet value (a service code, language, population or kind) counts in a search
 * entry's facet vectors. A vector is a number with one eight-digit slot per value of its facet,
 * `unit` = 10^(8 × position) for each value the entry has, so summing the vectors of the rows a
 * search matched counts every value of the facet at once: one addition per row instead of a
 * hash-table insert per value (migration 0014, "Facet counts are sums" in docs/architecture.md).
 * Positions are handed out by refreshSearchEntries as values first appear and never change.
 */
export const directoryFacetPositions = pgTable(
  "directory_facet_positions",
  {
    facet: text().notNull(),
    value: text().notNull(),
    position: integer().notNull(),
    unit: numeric({ mode: "string" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.facet, t.value] }), unique().on(t.facet, t.position)],
);
