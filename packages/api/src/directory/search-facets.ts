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

/** Each facet with a value list, its vector column and its name in `directory_facet_positions`. */
const vectorFacets = {
  services: { vector: "term_vector", positions: "services" },
  languages: { vector: "language_vector", positions: "languages" },
  populations: { vector: "population_vector", positions: "populations" },
  kinds: { vector: "kind_vector", positions: "kinds" },
} as const satisfies Partial<Record<FacetName, { vector: string; positions: string }>>;

/** The columns `base` carries for the counts. */
export const vectorColumns = sql.raw(
  Object.values(vectorFacets)
    .map((f) => `e.${f.vector}`)
    .join(", "),
);

const withoutFacet = (byFacet: Partial<Record<FacetName, SQL>>, facet: FacetName) =>
  whereOf(Object.entries(byFacet).filter(([k]) => k !== facet).map(([, v]) => v as SQL));

/**
 * Every count in one pass over `base`, each with the filters of the other facets only (values
 * within a facet are alternatives): the total, the accepts-referrals and verified counts, and
 * per value facet the sum of its vectors, which holds each value's count in that value's
 * eight-digit slot (`directory_facet_positions`). PostgreSQL merges identical aggregates, so a
 * search without facet filters adds each row's vectors once.
 */
export function facetSums(byFacet: Partial<Record<FacetName, SQL>>): SQL {
  const sums = Object.entries(vectorFacets).map(
    ([facet, f]) => sql`sum(e.${sql.raw(f.vector)}) FILTER (WHERE ${withoutFacet(byFacet, facet as FacetName)}) AS ${sql.raw(facet)}`,
  );
  return sql`SELECT
      count(*) FILTER (WHERE ${whereOf(Object.values(byFacet))})::int AS total,
      count(*) FILTER (WHERE ${withoutFacet(byFacet, "acceptsReferrals")} AND e.accepts_referrals)::int AS accepts,
      count(*) FILTER (WHERE ${withoutFacet(byFacet, "verified")} AND e.verified)::int AS verified,
      ${sql.join(sums, sql`, `)}
    FROM base e`;
}

/**
 * The total, and counts beside each filter value: how many results the reader would get by
 * adding that value, read from `facet_sums` (facetSums) slot by slot. Values no result has are
 * left out; the most frequent come first.
 */
export function facetColumns(): SQL {
  const counts = (facet: keyof typeof vectorFacets) =>
    sql`(SELECT coalesce(json_agg(json_build_object('value', x.value, 'count', x.count) ORDER BY x.count DESC, x.value), '[]'::json)
       FROM (SELECT p.value, (div(s.${sql.raw(facet)}, p.unit) % 100000000)::int AS count
             FROM directory_facet_positions p, facet_sums s
             WHERE p.facet = ${vectorFacets[facet].positions}) x
       WHERE x.count > 0)`;
  const single = (column: string) => sql`(SELECT s.${sql.raw(column)} FROM facet_sums s)`;
  return sql`${single("total")} AS total,
    ${counts("services")} AS services,
    ${counts("languages")} AS languages,
    ${counts("populations")} AS populations,
    ${counts("kinds")} AS kinds,
    ${single("accepts")} AS accepts,
    ${single("verified")} AS verified`;
}
