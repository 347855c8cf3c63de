import { sql } from "drizzle-orm";
import { boolean, doublePrecision, index, numeric, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { organizationKindEnum } from "../enums";
import { services } from "./services";

/**
 * A narrow copy of a search entry's place, filter and sort columns, without the wide text
 * `document` (about 700 of an entry's 1,100 bytes). A search by place reads a few thousand of
 * these rows and counts facets over them; at a third of the width, and stored state by state
 * (refreshSearchEntries inserts them in that order), the same rows sit on a tenth of the pages.
 * Text searches read `directory_search_entries`, which they need for ranking anyway.
 */
export const directorySearchFilters = pgTable(
  "directory_search_filters",
  {
    serviceId: uuid()
      .primaryKey()
      .references(() => services.id, { onDelete: "cascade" }),
    kind: organizationKindEnum().notNull(),
    termCodes: text().array().notNull(),
    languageCodes: text().array().notNull(),
    populations: text().array().notNull(),
    acceptsReferrals: boolean().notNull(),
    verified: boolean().notNull(),
    servesStates: text().array().notNull(),
    servesCounties: text().array().notNull(),
    servesNation: boolean().notNull(),
    locatedStates: text().array().notNull(),
    touchesStates: text().array().notNull(),
    /** The entry's facet vectors (see `directory_search_entries`). */
    termVector: numeric({ mode: "string" }).notNull().default("0"),
    languageVector: numeric({ mode: "string" }).notNull().default("0"),
    populationVector: numeric({ mode: "string" }).notNull().default("0"),
    kindVector: numeric({ mode: "string" }).notNull().default("0"),
    /** The sort key of a search without text or distance. */
    folded: text().notNull(),
    /**
     * The point of a service with exactly one (most have one office), as in
     * `directory_search_points` (exact, and the city for a confidential shelter); null otherwise.
     * A radius search reads these rows straight from the box instead of looking each service
     * up by id from its points; services with several points still come from the points table.
     */
    lat: doublePrecision(),
    lon: doublePrecision(),
    publicLat: doublePrecision(),
    publicLon: doublePrecision(),
  },
  (t) => [
    index("directory_search_filters_states_idx").using("gin", t.servesStates),
    index("directory_search_filters_counties_idx").using("gin", t.servesCounties),
    index("directory_search_filters_touches_idx").using("gin", t.touchesStates),
    index("directory_search_filters_nation_idx").on(t.serviceId).where(sql`${t.servesNation}`),
    index("directory_search_filters_public_point_idx").on(t.publicLat, t.publicLon).where(sql`${t.publicLat} IS NOT NULL`),
    index("directory_search_filters_point_idx").on(t.lat, t.lon).where(sql`${t.lat} IS NOT NULL`),
  ],
);
