import type { Actor } from "@puente/auth/actor";
import type { Locale } from "@puente/i18n";
import { sql, type SQL } from "drizzle-orm";
import { audienceOf, type Audience } from "./audience";
import { decodeCursor } from "./cursor";
import { facetQueries, type FacetQueries } from "./search-facets";
import type { SearchInput } from "./search-input";
import { resolveSearchArea, type SearchArea } from "./search-place";
import { filterClauses, haversine, matchReason, pointColumns, whereOf } from "./search-sql";

/**
 * A search as the SQL statements that answer it, built without touching the database, so the
 * benchmark can time the very same statements through the bare driver.
 */
export interface SearchPlan {
  audience: Audience;
  area: SearchArea | undefined;
  sort: "relevance" | "distance";
  page: SQL;
  total: SQL;
  facets: FacetQueries;
}

export function planSearch(actor: Actor, input: SearchInput, locale: Locale): SearchPlan {
  const audience = audienceOf(actor);
  const area = input.place ? resolveSearchArea(input.place, input.radius, locale) : undefined;
  // Distance is the natural order around a point; it means nothing for a whole state.
  const sort = area?.kind === "radius" && input.sort !== "relevance" ? "distance" : "relevance";
  const { byFacet, always } = filterClauses(input, area, audience);
  const where = whereOf([...always, ...Object.values(byFacet)]);
  const { lat, lon } = pointColumns(audience);
  const distance: SQL =
    area?.kind === "radius"
      ? sql`(SELECT min(${haversine(lat, lon, area.place.lat, area.place.lon)}) FROM directory_search_points p WHERE p.service_id = e.service_id)`
      : sql`NULL::float8`;
  const sortKey: SQL =
    sort === "distance"
      ? sql`coalesce(${distance}, 1e9::float8)`
      : input.q
        ? sql`-(ts_rank(e.document, websearch_to_tsquery('simple', puente_fold(${input.q}))) + word_similarity(puente_fold(${input.q}), e.folded))::float8`
        : sql`e.folded`;
  const cursor = input.cursor ? decodeCursor(input.cursor) : undefined;
  const after = cursor ? sql`WHERE (t.sort_key, t.service_id) > (${cursor.k}, ${cursor.id}::uuid)` : sql``;
  return {
    audience,
    area,
    sort,
    page: sql`SELECT * FROM (
        SELECT e.service_id, e.organization_id, ${distance} AS distance,
               ${matchReason(area, distance)} AS reason, ${sortKey} AS sort_key
        FROM directory_search_entries e WHERE ${where}) t
      ${after}
      ORDER BY t.sort_key, t.service_id LIMIT ${input.limit + 1}`,
    total: sql`SELECT count(*)::int AS total FROM directory_search_entries e WHERE ${where}`,
    facets: facetQueries(always, byFacet),
  };
}
