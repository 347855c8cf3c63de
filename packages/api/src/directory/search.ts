import type { Actor } from "@puente/auth/actor";
import { queryRows, type Executor } from "@puente/db";
import type { Locale } from "@puente/i18n";
import { sql, type SQL } from "drizzle-orm";
import { audienceOf } from "./audience";
import { decodeCursor, encodeCursor } from "./cursor";
import { countFacets, type Facets } from "./search-facets";
import type { SearchInput } from "./search-input";
import { resolveSearchArea, type SearchArea } from "./search-place";
import { filterClauses, haversine, matchReason, pointColumns, whereOf } from "./search-sql";
import { loadResultDetails, type SearchResult } from "./search-results";

export interface SearchResponse {
  total: number;
  results: SearchResult[];
  nextCursor: string | null;
  facets: Facets;
  sort: "relevance" | "distance";
  area: { label: string; kind: SearchArea["kind"]; stateCode: string; miles: number | null; lat: number; lon: number } | null;
}

interface PageRow {
  service_id: string;
  organization_id: string;
  distance: number | null;
  reason: string | null;
  sort_key: number | string;
}

/** The directory search: filters, place, text, facets and one keyset page, shaped for the reader. */
export async function searchDirectory(
  db: Executor,
  actor: Actor,
  input: SearchInput,
  locale: Locale,
): Promise<SearchResponse> {
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

  const [rows, totals, facets] = await Promise.all([
    queryRows<PageRow>(
      db,
      sql`SELECT * FROM (
            SELECT e.service_id, e.organization_id, ${distance} AS distance,
                   ${matchReason(area, distance)} AS reason, ${sortKey} AS sort_key
            FROM directory_search_entries e WHERE ${where}) t
          ${after}
          ORDER BY t.sort_key, t.service_id LIMIT ${input.limit + 1}`,
    ),
    queryRows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM directory_search_entries e WHERE ${where}`),
    countFacets(db, always, byFacet),
  ]);

  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  const results = await loadResultDetails(db, page, audience, area);
  return {
    total: totals[0]?.total ?? 0,
    results,
    nextCursor: rows.length > input.limit && last ? encodeCursor({ k: last.sort_key, id: last.service_id }) : null,
    facets,
    sort,
    area: area
      ? {
          label: area.place.label,
          kind: area.kind,
          stateCode: area.stateCode,
          miles: area.kind === "radius" ? area.miles : null,
          lat: area.place.lat,
          lon: area.place.lon,
        }
      : null,
  };
}
