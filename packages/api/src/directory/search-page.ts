import { sql, type SQL } from "drizzle-orm";
import type { Audience } from "./audience";
import type { Cursor } from "./cursor";
import type { SearchArea } from "./search-place";
import { resultDetails } from "./search-results";
import { matchReason, serviceDistance } from "./search-sql";

interface PageOptions {
  sort: "relevance" | "distance";
  area: SearchArea | undefined;
  audience: Audience;
  /** Rows to fetch: the page and one more, which tells whether there is a next page. */
  limit: number;
  cursor: Cursor | undefined;
}

const after = (cursor: Cursor | undefined, key: SQL, id: SQL) =>
  cursor ? sql`AND (${key}, ${id}) > (${cursor.k}, ${cursor.id}::uuid)` : sql``;

/**
 * The page's rows in order as (service_id, sort_key, distance), read from `matched`.
 *
 * By distance: every service within the radius (`distance` known from `near`) lies nearer than
 * every other, so the others are measured, one point lookup each, only when the ones within
 * do not fill the page. When `near` could not vouch for its distances, they are all NULL here
 * and every row is measured.
 */
function orderedRows(o: PageOptions): SQL {
  if (o.sort === "relevance" || o.area?.kind !== "radius") {
    return sql`SELECT m.service_id, m.sort_key, m.distance FROM matched m
      WHERE true ${after(o.cursor, sql`m.sort_key`, sql`m.service_id`)}
      ORDER BY m.sort_key, m.service_id LIMIT ${o.limit}::int`;
  }
  const measured = serviceDistance(o.area, o.audience, sql`m.service_id`);
  const key = sql`coalesce(x.distance, 1e9::float8)`;
  return sql`WITH inside AS MATERIALIZED (
      SELECT m.service_id, m.distance AS sort_key, m.distance FROM matched m
      WHERE m.distance IS NOT NULL ${after(o.cursor, sql`m.distance`, sql`m.service_id`)}
      ORDER BY 2, 1 LIMIT ${o.limit}::int)
    SELECT * FROM inside
    UNION ALL
    (SELECT x.service_id, ${key}, x.distance
     FROM (SELECT m.service_id, ${measured} AS distance FROM matched m
           WHERE m.distance IS NULL AND (SELECT count(*) FROM inside) < ${o.limit}::int) x
     WHERE true ${after(o.cursor, key, sql`x.service_id`)}
     ORDER BY 2, 1 LIMIT ${o.limit}::int)
    ORDER BY 2, 1 LIMIT ${o.limit}::int`;
}

/**
 * The page as JSON: id, distance, why it matched the place, the sort key the next page's cursor
 * starts after, and what the reader is shown of the service (`details`, see resultDetails).
 * Reason, distance and details are computed for these rows only.
 */
export function pageColumn(o: PageOptions): SQL {
  const radius = o.area?.kind === "radius" ? o.area : undefined;
  const distance = radius
    ? sql`coalesce(s.distance, ${serviceDistance(radius, o.audience, sql`s.service_id`)})`
    : sql`NULL::float8`;
  return sql`(SELECT coalesce(json_agg(json_build_object('service_id', t.service_id, 'distance', t.distance,
                                                  'reason', t.reason, 'sort_key', t.sort_key, 'details', to_json(r))
                                ORDER BY t.sort_key, t.service_id), '[]'::json)
       FROM (SELECT s.service_id, s.sort_key, d.distance, ${matchReason(o.area, sql`d.distance`)} AS reason
             FROM (${orderedRows(o)}) s
             JOIN directory_search_filters e ON e.service_id = s.service_id
             CROSS JOIN LATERAL (SELECT ${distance} AS distance) d) t
       LEFT JOIN LATERAL (${resultDetails(o.audience, o.area, sql`t.service_id`)}) r ON true)`;
}
