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

const withoutFacet = (byFacet: Partial<Record<FacetName, SQL>>, facet: FacetName) =>
  whereOf(Object.entries(byFacet).filter(([k]) => k !== facet).map(([, v]) => v as SQL));

/**
 * The total and the single-valued facets (kind, accepts referrals, verified) in one pass over
 * `base`, grouped by kind, each count with its own filters: one read of the rows instead of four.
 */
export function kindCounts(byFacet: Partial<Record<FacetName, SQL>>): SQL {
  return sql`SELECT e.kind::text AS kind,
      count(*) FILTER (WHERE ${whereOf(Object.values(byFacet))})::int AS total,
      count(*) FILTER (WHERE ${withoutFacet(byFacet, "kinds")})::int AS kinds,
      count(*) FILTER (WHERE ${withoutFacet(byFacet, "acceptsReferrals")} AND e.accepts_referrals)::int AS accepts,
      count(*) FILTER (WHERE ${withoutFacet(byFacet, "verified")} AND e.verified)::int AS verified
    FROM base e GROUP BY e.kind`;
}

/**
 * The total, and counts beside each filter value: how many results the reader would get by
 * adding that value. Each facet's count leaves its own filter out (values within a facet are
 * alternatives). They read `base`, the rows that pass the place and text conditions, and
 * `kind_counts` (kindCounts).
 */
export function facetColumns(byFacet: Partial<Record<FacetName, SQL>>): SQL {
  // unnest in the select list (a ProjectSet) costs far less per row than a lateral function scan.
  const arrayCounts = (facet: keyof typeof arrayColumns) =>
    asJson(sql`SELECT v AS value, count(*)::int AS count
        FROM (SELECT unnest(${arrayColumns[facet]}) AS v FROM base e WHERE ${withoutFacet(byFacet, facet)}) u GROUP BY v`);
  const sum = (column: string) => sql`(SELECT coalesce(sum(c.${sql.raw(column)}), 0)::int FROM kind_counts c)`;
  return sql`${sum("total")} AS total,
    ${arrayCounts("services")} AS services,
    ${arrayCounts("languages")} AS languages,
    ${arrayCounts("populations")} AS populations,
    ${asJson(sql`SELECT c.kind AS value, c.kinds AS count FROM kind_counts c WHERE c.kinds > 0`)} AS kinds,
    ${sum("accepts")} AS accepts,
    ${sum("verified")} AS verified`;
}
