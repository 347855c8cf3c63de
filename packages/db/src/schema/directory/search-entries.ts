import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { organizationKindEnum } from "../enums";
import { organizations } from "../organizations";
import { services } from "./services";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * One row per service with everything the directory search filters, ranks and counts on, so a
 * search reads one table (plus its points) instead of joining eight. Rebuilt from the listing
 * tables in the same transaction as every listing write (refreshSearchEntries).
 */
export const directorySearchEntries = pgTable(
  "directory_search_entries",
  {
    serviceId: uuid()
      .primaryKey()
      .references(() => services.id, { onDelete: "cascade" }),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** Public text only (names, descriptions, city, terms): snippets never leak confidential fields. */
    document: tsvector().notNull(),
    /** Unaccented, lower-cased names for trigram matching of misspellings. */
    folded: text().notNull(),
    kind: organizationKindEnum().notNull(),
    termCodes: text().array().notNull().default(sql`'{}'`),
    languageCodes: text().array().notNull().default(sql`'{}'`),
    populations: text().array().notNull().default(sql`'{}'`),
    acceptsReferrals: boolean().notNull().default(false),
    verified: boolean().notNull().default(false),
    assuredDate: date({ mode: "string" }),
    /** Service areas: whole states, counties (FIPS), or the whole country. */
    servesStates: text().array().notNull().default(sql`'{}'`),
    servesCounties: text().array().notNull().default(sql`'{}'`),
    servesNation: boolean().notNull().default(false),
    /** States the service has a location in. */
    locatedStates: text().array().notNull().default(sql`'{}'`),
    /**
     * Every state the service is in or serves any part of (locations, whole-state and county
     * areas): a statewide search is one indexed lookup on this column.
     */
    touchesStates: text().array().notNull().default(sql`'{}'`),
    /**
     * Facet vectors: the sum of `directory_facet_positions.unit` over the entry's service codes,
     * languages, populations and kind. A search's facet counts are the sums of these columns.
     */
    termVector: numeric({ mode: "string" }).notNull().default("0"),
    languageVector: numeric({ mode: "string" }).notNull().default("0"),
    populationVector: numeric({ mode: "string" }).notNull().default("0"),
    kindVector: numeric({ mode: "string" }).notNull().default("0"),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    index("directory_search_document_idx").using("gin", t.document),
    index("directory_search_folded_trgm_idx").using("gin", sql`${t.folded} gin_trgm_ops`),
    index("directory_search_terms_idx").using("gin", t.termCodes),
    index("directory_search_languages_idx").using("gin", t.languageCodes),
    index("directory_search_states_idx").using("gin", t.servesStates),
    index("directory_search_counties_idx").using("gin", t.servesCounties),
    index("directory_search_located_idx").using("gin", t.locatedStates),
    index("directory_search_touches_idx").using("gin", t.touchesStates),
    index("directory_search_nation_idx").on(t.serviceId).where(sql`${t.servesNation}`),
    index().on(t.organizationId),
  ],
);

/**
 * The points of a service's physical locations. `lat`/`lon` are exact and used only to decide
 * membership in a radius; what is shown or sorted for people outside the members class is computed
 * from `publicLat`/`publicLon` (a confidential shelter's city centroid), so distances cannot be
 * used to triangulate a shelter.
 */
export const directorySearchPoints = pgTable(
  "directory_search_points",
  {
    serviceId: uuid()
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    locationId: uuid().notNull(),
    lat: doublePrecision().notNull(),
    lon: doublePrecision().notNull(),
    publicLat: doublePrecision().notNull(),
    publicLon: doublePrecision().notNull(),
    confidential: boolean().notNull(),
    /** The service's only point, also stored on its `directory_search_filters` row. */
    sole: boolean().notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.locationId] }),
    index().on(t.publicLat, t.publicLon),
    index().on(t.lat, t.lon),
  ],
);
