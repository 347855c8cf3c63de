import type { Actor } from "@puente/auth/actor";
import type { Locale } from "@puente/i18n";
import { sql, type SQL } from "drizzle-orm";
import { audienceOf, type Audience } from "./audience";
import { decodeCursor } from "./cursor";
import { facetColumns } from "./search-facets";
import type { SearchInput } from "./search-input";
import { resolveSearchArea, type SearchArea } from "./search-place";
import { filterClauses, haversine, matchReason, pointColumns, whereOf } from "./search-sql";

/**
 * A search as the one SQL statement that answers it (page, total and every facet count), built
 * without touching the database, so the benchmark can time the very same statement raw.
 *
 * `base` holds the rows that pass the place and text conditions, found through indexes and
 * computed once; the facet filters, the page, the total and the counts all read it.
 */
export interface SearchPlan {
  audience: Audience;
  area: SearchArea | undefined;
  sort: "relevance" | "distance";
  statement: SQL;
}

export function planSearch(actor: Actor, input: SearchInput, locale: Locale): SearchPlan {
  const audience = audienceOf(actor);
  const area = input.place ? resolveSearchArea(input.place, input.radius, locale) : undefined;
  // Distance is the natural order around a point; it means nothing for a whole state.
  const sort = area?.kind === "radius" && input.sort !== "relevance" ? "distance" : "relevance";
  const { byFacet, always } = filterClauses(input, area, audience);
  const { lat, lon } = pointColumns(audience);
  const distance: SQL =
    area?.kind === "radius"
      ? sql`(SELECT min(${haversine(lat, lon, area.place.lat, area.place.lon)}) FROM directory_search_points p WHERE p.service_id = e.service_id)`
      : sql`NULL::float8`;
  const rank: SQL = input.q
    ? sql`(ts_rank(e.document, websearch_to_tsquery('simple', puente_fold(${input.q}))) + word_similarity(puente_fold(${input.q}), e.folded))::float8`
    : sql`0::float8`;
  const sortKey: SQL =
    sort === "distance" ? sql`coalesce(e.distance, 1e9::float8)` : input.q ? sql`-e.rank` : sql`e.folded`;
  const cursor = input.cursor ? decodeCursor(input.cursor) : undefined;
  const after = cursor ? sql`AND (m.sort_key, m.service_id) > (${cursor.k}, ${cursor.id}::uuid)` : sql``;
  const statement = sql`
    WITH scored AS MATERIALIZED (
      SELECT e.service_id, e.organization_id, e.term_codes, e.language_codes, e.populations, e.kind,
             e.accepts_referrals, e.verified, e.folded, e.serves_counties, e.serves_states, e.serves_nation,
             e.located_states, ${distance} AS distance, ${rank} AS rank
      FROM directory_search_entries e WHERE ${whereOf(always)}),
    base AS MATERIALIZED (
      SELECT e.*, ${matchReason(area, sql.raw("e.distance"))} AS reason, ${sortKey} AS sort_key FROM scored e),
    matched AS (SELECT * FROM base e WHERE ${whereOf(Object.values(byFacet))})
    SELECT
      (SELECT count(*)::int FROM matched) AS total,
      (SELECT coalesce(json_agg(json_build_object('service_id', t.service_id, 'distance', t.distance,
                                                  'reason', t.reason, 'sort_key', t.sort_key)
                                ORDER BY t.sort_key, t.service_id), '[]'::json)
       FROM (SELECT * FROM matched m WHERE true ${after} ORDER BY m.sort_key, m.service_id LIMIT ${input.limit + 1}) t) AS page,
      ${facetColumns(byFacet)}`;
  return { audience, area, sort, statement };
}
