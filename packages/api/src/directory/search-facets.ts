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

const arrayColumns = {
  services: sql.raw("e.term_codes"),
  languages: sql.raw("e.language_codes"),
  populations: sql.raw("e.populations"),
} as const;

const asJson = (counts: SQL) =>
  sql`(SELECT coalesce(json_agg(json_build_object('value', x.value, 'count', x.count) ORDER BY x.count DESC, x.value), '[]'::json)
       FROM (${counts}) x)`;

/**
 * Counts beside each filter value: how many results the reader would get by adding that value.
 * Each facet's count leaves its own filter out (values within a facet are alternatives). They read
 * `base`, the rows that pass the place and text conditions, computed once per search.
 */
export function facetColumns(byFacet: Partial<Record<FacetName, SQL>>): SQL {
  const without = (facet: FacetName) =>
    whereOf(Object.entries(byFacet).filter(([k]) => k !== facet).map(([, v]) => v as SQL));
  // unnest in the select list (a ProjectSet) costs far less per row than a lateral function scan.
  const arrayCounts = (facet: keyof typeof arrayColumns) =>
    asJson(sql`SELECT v AS value, count(*)::int AS count
        FROM (SELECT unnest(${arrayColumns[facet]}) AS v FROM base e WHERE ${without(facet)}) u GROUP BY v`);
  return sql`${arrayCounts("services")} AS services,
    ${arrayCounts("languages")} AS languages,
    ${arrayCounts("populations")} AS populations,
    ${asJson(sql`SELECT e.kind::text AS value, count(*)::int AS count FROM base e WHERE ${without("kinds")} GROUP BY e.kind`)} AS kinds,
    (SELECT count(*)::int FROM base e WHERE ${without("acceptsReferrals")} AND e.accepts_referrals) AS accepts,
    (SELECT count(*)::int FROM base e WHERE ${without("verified")} AND e.verified) AS verified`;
}
