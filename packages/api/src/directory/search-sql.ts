import { EARTH_RADIUS_MILES } from "@puente/geo";
import { sql, type SQL } from "drizzle-orm";
import type { Audience } from "./audience";
import type { SearchInput } from "./search-input";
import type { SearchArea } from "./search-place";

/**
 * Which points a reader's distances come from: exact for members, a shelter's city for everyone
 * else. `alias` names a points row or a filter row (which holds a one-office service's point).
 */
export function pointColumns(audience: Audience, alias = "p") {
  return audience === "members"
    ? { lat: sql.raw(`${alias}.lat`), lon: sql.raw(`${alias}.lon`) }
    : { lat: sql.raw(`${alias}.public_lat`), lon: sql.raw(`${alias}.public_lon`) };
}

/** Great-circle distance in miles in plain SQL: no cube/earthdistance, which can hang PGlite next to pg_trgm. */
export function haversine(lat: SQL, lon: SQL, fromLat: number, fromLon: number): SQL {
  return sql`(${EARTH_RADIUS_MILES}::float8 * 2 * asin(sqrt(
    power(sin(radians(${lat} - ${fromLat}::float8) / 2), 2)
    + cos(radians(${fromLat}::float8)) * cos(radians(${lat})) * power(sin(radians(${lon} - ${fromLon}::float8) / 2), 2))))`;
}

const textArray = (values: readonly string[]) => sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;

export type FacetName = "services" | "languages" | "kinds" | "populations" | "acceptsReferrals" | "verified";

/** Filters keyed by the facet they belong to, so a facet's counts can leave its own filter out. */
export function filterClauses(input: SearchInput, area: SearchArea | undefined) {
  const byFacet: Partial<Record<FacetName, SQL>> = {};
  const always: SQL[] = [];
  if (input.services.length) byFacet.services = sql`e.term_codes && ${textArray(input.services)}`;
  if (input.languages.length) byFacet.languages = sql`e.language_codes && ${textArray(input.languages)}`;
  if (input.kinds.length) byFacet.kinds = sql`e.kind::text = ANY(${textArray(input.kinds)})`;
  if (input.populations.length) byFacet.populations = sql`e.populations && ${textArray(input.populations)}`;
  if (input.acceptsReferrals) byFacet.acceptsReferrals = sql`e.accepts_referrals`;
  if (input.verified) byFacet.verified = sql`e.verified`;
  if (input.q) always.push(sql`e.document @@ (SELECT t.matches FROM terms t)`);
  if (area) always.push(areaClause(area));
  return { byFacet, always };
}

/** The columns a value facet's filter reads; `base` carries only those of the facets filtered on. */
const facetFilterColumns: Partial<Record<FacetName, string>> = {
  services: "e.term_codes",
  languages: "e.language_codes",
  kinds: "e.kind",
  populations: "e.populations",
};

export function filteredColumns(byFacet: Partial<Record<FacetName, SQL>>): SQL[] {
  return Object.keys(byFacet).flatMap((facet) => {
    const column = facetFilterColumns[facet as FacetName];
    return column ? [sql.raw(column)] : [];
  });
}

/**
 * Every branch is index-backed so PostgreSQL can OR them as bitmaps: the services of the points
 * within the radius (the `near` CTE) as an id list on the primary key, service-area arrays on GIN,
 * and nationwide services on a partial index.
 */
function areaClause(area: SearchArea): SQL {
  if (area.kind === "state") {
    return sql`(e.touches_states @> ARRAY[${area.stateCode}]::text[] OR e.serves_nation)`;
  }
  const near = sql`e.service_id = ANY(ARRAY(SELECT n.service_id FROM near n))`;
  const counties = area.countyFips.length ? sql` OR e.serves_counties && ${textArray(area.countyFips)}` : sql``;
  return sql`(${near}${counties} OR e.serves_states @> ARRAY[${area.stateCode}]::text[] OR e.serves_nation)`;
}

type RadiusArea = Extract<SearchArea, { kind: "radius" }>;

/**
 * Whether the point in `alias` lies within the radius (in the box, which an index finds, and then
 * measured), and its distance in miles.
 */
export function withinRadius(area: RadiusArea, audience: Audience, alias: string) {
  const { lat, lon } = pointColumns(audience, alias);
  const { box } = area;
  const miles = haversine(lat, lon, area.place.lat, area.place.lon);
  const where = sql`${lat} BETWEEN ${box.minLat}::float8 AND ${box.maxLat}::float8
        AND ${lon} BETWEEN ${box.minLon}::float8 AND ${box.maxLon}::float8
        AND ${miles} <= ${area.miles}::float8`;
  return { where, miles };
}

/**
 * The services with a point within the radius and their distance, one grouped pass over the
 * points in the box. The nearest point of such a service is within the radius, so this minimum
 * is its distance over all its points, as long as the box holds the whole circle (see `boxHoldsCircle`).
 * `shared` leaves out the points that are their service's only one (read from the filter rows instead).
 */
export function nearPoints(area: RadiusArea, audience: Audience, shared = false): SQL {
  const { where, miles } = withinRadius(area, audience, "p");
  return sql`SELECT p.service_id, min(${miles}) AS distance FROM directory_search_points p
      WHERE ${where}${shared ? sql` AND NOT p.sole` : sql``}
      GROUP BY p.service_id`;
}

/** A box clamped at the antimeridian or a pole may leave part of the circle out. */
export function boxHoldsCircle(area: RadiusArea): boolean {
  const { box } = area;
  return box.minLon > -180 && box.maxLon < 180 && box.minLat > -90 && box.maxLat < 90;
}

/** Distance in miles from the search's place to the nearest point of the service `serviceId`. */
export function serviceDistance(area: RadiusArea, audience: Audience, serviceId: SQL): SQL {
  const { lat, lon } = pointColumns(audience);
  return sql`(SELECT min(${haversine(lat, lon, area.place.lat, area.place.lon)})
      FROM directory_search_points p WHERE p.service_id = ${serviceId})`;
}

/**
 * The search's text as full-text queries, computed once per statement (the `terms` CTE): its
 * misspelled words corrected against the dictionary of document words (`puente_search_terms`,
 * migration 0013). A trigram match over every document's names was a tenfold slower way to the
 * same services.
 */
export function searchTerms(q: string): SQL {
  return sql`SELECT s.matches, s.ranks FROM puente_search_terms(${q}) s`;
}

/**
 * How well an entry matches the corrected text: its full-text rank, where a word in a name
 * (weight A) counts five times a word in a description (C), so a misspelling ranks its results as
 * the right word does. A trigram `word_similarity` to the names used to be added; it cost five
 * sixths of a common word's search and mostly rewarded letters shared with other words ("casa"
 * lifted every "Casper" listing), so it was dropped (docs/architecture.md).
 */
export function textRank(): SQL {
  return sql`ts_rank(e.document, (SELECT t.ranks FROM terms t))::float8`;
}

export function whereOf(clauses: SQL[]): SQL {
  return clauses.length ? sql.join(clauses, sql` AND `) : sql`true`;
}

/** Why a result matched the place, shown to the reader ("12 miles away", "serves all of Georgia"). */
export function matchReason(area: SearchArea | undefined, distance: SQL): SQL {
  if (!area) return sql`NULL::text`;
  if (area.kind === "state") {
    return sql`CASE WHEN e.located_states @> ARRAY[${area.stateCode}]::text[] THEN 'located'
      WHEN e.serves_states @> ARRAY[${area.stateCode}]::text[] THEN 'state'
      WHEN e.serves_nation THEN 'nation' ELSE 'county' END`;
  }
  const counties = area.countyFips.length
    ? sql`WHEN e.serves_counties && ${textArray(area.countyFips)} THEN 'county'`
    : sql``;
  return sql`CASE WHEN ${distance} <= ${area.miles}::float8 THEN 'distance' ${counties}
    WHEN e.serves_states @> ARRAY[${area.stateCode}]::text[] THEN 'state'
    WHEN e.serves_nation THEN 'nation' ELSE NULL END`;
}
