import type { Actor } from "@puente/auth/actor";
import type { Locale } from "@puente/i18n";
import { sql, type SQL } from "drizzle-orm";
import { audienceOf, type Audience } from "./audience";
import { decodeCursor } from "./cursor";
import { facetColumns, facetSums, vectorColumns } from "./search-facets";
import type { SearchInput } from "./search-input";
import { pageColumn } from "./search-page";
import { resolveSearchArea, type SearchArea } from "./search-place";
import { boxHoldsCircle, filterClauses, filteredColumns, nearPoints, searchTerms, textRank, whereOf, withinRadius } from "./search-sql";

/**
 * A search as the one SQL statement that answers it (the page with what its rows show, the total
 * and every facet count), built without touching the database, so the benchmark can time the
 * very same statement raw.
 *
 * `base` holds the rows that pass the place and text conditions, found through indexes and
 * computed once, with only the columns the counts and the order need; the facet filters, the
 * page, the total and the counts (one pass of sums, search-facets.ts) all read it. A search by place alone reads the narrow
 * `directory_search_filters`; a text search reads `directory_search_entries`, whose document it
 * ranks. Around a point, a one-office service's point is on its filter row, so those within
 * the radius come straight from the box; the others' distances come from one grouped pass over
 * their points in the radius (`near`). The few rows on the page compute anything else they show
 * (reason, distance of a service outside the radius).
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
  const radius = area?.kind === "radius" ? area : undefined;
  // Distance is the natural order around a point; it means nothing for a whole state.
  const sort = radius && input.sort !== "relevance" ? "distance" : "relevance";
  const { byFacet, always } = filterClauses(input, area);
  const source = sql.raw(input.q ? "directory_search_entries" : "directory_search_filters");
  // Without text, a one-office service's point is on its filter row: those within the radius
  // are read straight from the box, and `near` only groups the points of the others.
  const boxRows = radius !== undefined && !input.q;
  const near = radius ? sql`near AS MATERIALIZED (${nearPoints(radius, audience, boxRows)}),` : sql``;
  const terms = input.q ? sql`terms AS MATERIALIZED (${searchTerms(input.q)}),` : sql``;
  // Without the whole circle in the box, `near` may miss a closer point: the page then measures.
  const measured = radius && boxHoldsCircle(radius);
  const nearDistance = measured ? sql`n.distance` : sql`NULL::float8`;
  const joinNear = radius ? sql`LEFT JOIN near n ON n.service_id = e.service_id` : sql``;
  // Distance-sorted pages take their order from `distance` (see search-page.ts).
  const sortKey: SQL = sort === "distance" ? sql`NULL::float8` : input.q ? sql`-${textRank()}` : sql`e.folded`;
  // Copied once per row into `base`: the counts' vectors and flags, and the filtered facets' columns.
  const columns = sql.join([sql`e.service_id, e.accepts_referrals, e.verified, ${vectorColumns}`, ...filteredColumns(byFacet)], sql`, `);
  let rows = sql`SELECT ${columns}, ${nearDistance} AS distance, ${sortKey} AS sort_key
      FROM ${source} e ${joinNear} WHERE ${whereOf(always)}`;
  if (radius && boxRows) {
    // The same rows as above, one-office services within the radius first; the second part
    // leaves exactly those out, so no row comes twice.
    const inBox = withinRadius(radius, audience, "e");
    rows = sql`SELECT ${columns}, ${measured ? inBox.miles : sql`NULL::float8`} AS distance, ${sortKey} AS sort_key
      FROM directory_search_filters e WHERE ${inBox.where}
      UNION ALL
      ${rows} AND NOT coalesce(${inBox.where}, false)`;
  }
  // Ranking text and joining distances are worth computing once and copying to every count;
  // a state's rows are two index lookups and a few hundred adjacent pages, cheaper to read
  // again for each count than to copy into and out of a CTE's tuplestore (about a third less).
  const materialized = input.q || radius ? sql`MATERIALIZED` : sql`NOT MATERIALIZED`;
  const statement = sql`
    WITH ${near}${terms}
    base AS ${materialized} (${rows}),
    matched AS NOT MATERIALIZED (SELECT * FROM base e WHERE ${whereOf(Object.values(byFacet))}),
    facet_sums AS MATERIALIZED (${facetSums(byFacet)})
    SELECT
      ${pageColumn({ sort, area, audience, limit: input.limit + 1, cursor: input.cursor ? decodeCursor(input.cursor) : undefined })} AS page,
      ${facetColumns()}`;
  return { audience, area, sort, statement };
}
