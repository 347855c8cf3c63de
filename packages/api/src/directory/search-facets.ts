import { sql, type SQL } from "drizzle-orm";
import { whereOf, type FacetName } from "./search-sql";

export interface FacetCount {
  value: string;
  count: number;
}

export interface Facets {
  services: FacetCount[];
  languages: FacetCount[];
  kinds: FacetCount[];
  populations: FacetCount[];
  acceptsReferrals: number;
  verified: number;
}

export type FacetQueries = Record<"services" | "languages" | "populations" | "kinds" | "flags", SQL>;

const arrayColumns = {
  services: sql.raw("e.term_codes"),
  languages: sql.raw("e.language_codes"),
  populations: sql.raw("e.populations"),
} as const;

/**
 * Counts beside each filter value: how many results the reader would get by adding that value.
 * Each facet's count leaves its own filter out (values within a facet are alternatives).
 */
export function facetQueries(always: SQL[], byFacet: Partial<Record<FacetName, SQL>>): FacetQueries {
  const without = (facet: FacetName) =>
    whereOf([...always, ...Object.entries(byFacet).filter(([k]) => k !== facet).map(([, v]) => v as SQL)]);
  const arrayCounts = (facet: keyof typeof arrayColumns) =>
    sql`SELECT v AS value, count(*)::int AS count
        FROM directory_search_entries e CROSS JOIN LATERAL unnest(${arrayColumns[facet]}) AS v
        WHERE ${without(facet)} GROUP BY v ORDER BY count(*) DESC, v`;
  return {
    services: arrayCounts("services"),
    languages: arrayCounts("languages"),
    populations: arrayCounts("populations"),
    kinds: sql`SELECT e.kind::text AS value, count(*)::int AS count FROM directory_search_entries e
               WHERE ${without("kinds")} GROUP BY e.kind ORDER BY count(*) DESC`,
    flags: sql`SELECT
        (SELECT count(*)::int FROM directory_search_entries e WHERE ${without("acceptsReferrals")} AND e.accepts_referrals) AS accepts,
        (SELECT count(*)::int FROM directory_search_entries e WHERE ${without("verified")} AND e.verified) AS verified`,
  };
}
