import { boundingBox, EARTH_RADIUS_MILES, lookupZip } from "@puente/geo";
import { sql, type SQL } from "drizzle-orm";
import { HsdsError } from "./errors";

/**
 * SQL for the HSDS list filters, written against fixed aliases: `s` services, `o` organizations,
 * `sal` service_at_locations, `l` locations. Text search reads the directory's own search
 * document (public text only, folded with puente_fold), so HSDS and the directory pages agree.
 */

const METERS_PER_MILE = 1609.344;

export const tsQuery = (q: string) => sql`websearch_to_tsquery('simple', puente_fold(${q}))`;

/**
 * The text of a service search as the directory pages read it (`puente_search_terms`, migration
 * 0013): misspelled words corrected against the dictionary of public document words, so the API
 * and the pages find the same services for the same text. Each is an uncorrelated subquery,
 * computed once per statement.
 */
const searchTerm = (q: string, part: "matches" | "ranks") =>
  sql`(SELECT ${sql.raw(part)} FROM puente_search_terms(${q}))`;

export function serviceSearch(q: string): SQL {
  return sql`EXISTS (SELECT 1 FROM directory_search_entries e WHERE e.service_id = s.id
    AND e.document @@ ${searchTerm(q, "matches")})`;
}

/** The directory's text rank (packages/api directory search-sql.ts, textRank), for one service. */
export function serviceRank(q: string): SQL {
  return sql`(SELECT ts_rank(e.document, ${searchTerm(q, "ranks")})
    FROM directory_search_entries e WHERE e.service_id = s.id)`;
}

/** A listing is found by its services' documents, or by its own name and description when it has none. */
export function organizationSearch(q: string): SQL {
  return sql`(EXISTS (SELECT 1 FROM directory_search_entries e WHERE e.organization_id = o.id AND e.document @@ ${searchTerm(q, "matches")})
    OR to_tsvector('simple', puente_fold(concat_ws(' ', o.name, o.alternate_name, o.description, o.city))) @@ ${tsQuery(q)})`;
}

/** A term also finds services filed under its narrower terms ("immigration legal" finds "U visa"). */
export function termFilter(termId: string): SQL {
  return sql`EXISTS (SELECT 1 FROM service_taxonomy_terms st JOIN taxonomy_terms t ON t.id = st.taxonomy_term_id
    WHERE st.service_id = s.id AND (t.id = ${termId}::uuid OR t.parent_id = ${termId}::uuid))`;
}

export function taxonomyFilter(taxonomyId: string): SQL {
  return sql`EXISTS (SELECT 1 FROM service_taxonomy_terms st JOIN taxonomy_terms t ON t.id = st.taxonomy_term_id
    WHERE st.service_id = s.id AND t.taxonomy_id = ${taxonomyId}::uuid)`;
}

export interface ServiceFilterParams {
  search?: string;
  taxonomy_term_id?: string;
  taxonomy_id?: string;
  organization_id?: string;
  modified_after?: Date;
}

/** Clauses shared by /services and /service_at_locations; listed organizations only. */
export function serviceClauses(p: ServiceFilterParams): SQL[] {
  const clauses: SQL[] = [sql`o.verification_state <> 'rejected'`];
  if (p.search) clauses.push(serviceSearch(p.search));
  if (p.taxonomy_term_id) clauses.push(termFilter(p.taxonomy_term_id));
  if (p.taxonomy_id) clauses.push(taxonomyFilter(p.taxonomy_id));
  if (p.organization_id) clauses.push(sql`s.organization_id = ${p.organization_id}::uuid`);
  if (p.modified_after)
    clauses.push(sql`s.updated_at >= ${p.modified_after.toISOString()}::timestamptz`);
  return clauses;
}

function haversineMiles(lat: SQL, lon: SQL, fromLat: number, fromLon: number): SQL {
  return sql`(${EARTH_RADIUS_MILES}::float8 * 2 * asin(sqrt(
    power(sin(radians(${lat} - ${fromLat}::float8) / 2), 2)
    + cos(radians(${fromLat}::float8)) * cos(radians(${lat})) * power(sin(radians(${lon} - ${fromLon}::float8) / 2), 2))))`;
}

/**
 * `postcode` alone: the service's areas cover the ZIP (its county, its state or the whole
 * country), or the location's public address has that ZIP. With `proximity` (meters): the
 * location's public point is within that distance of the ZIP's centroid. Public points only, so a
 * distance can never be used to triangulate a shelter.
 */
export function postcodeClause(postcode: string, proximityMeters: number | undefined): SQL {
  const zip = lookupZip(postcode);
  if (!zip) {
    throw new HsdsError(
      400,
      `Invalid parameter: postcode ${postcode} is not a known US ZIP code.`,
      [{ parameter: "postcode", message: "is not a known US ZIP code" }],
    );
  }
  if (proximityMeters !== undefined) {
    const miles = proximityMeters / METERS_PER_MILE;
    const box = boundingBox({ lat: zip.lat, lon: zip.lon }, miles);
    const lat = sql.raw("p.public_lat");
    const lon = sql.raw("p.public_lon");
    return sql`EXISTS (SELECT 1 FROM directory_search_points p
      WHERE p.service_id = sal.service_id AND p.location_id = sal.location_id
        AND ${lat} BETWEEN ${box.minLat}::float8 AND ${box.maxLat}::float8
        AND ${lon} BETWEEN ${box.minLon}::float8 AND ${box.maxLon}::float8
        AND ${haversineMiles(lat, lon, zip.lat, zip.lon)} <= ${miles}::float8)`;
  }
  const county = zip.countyFips ? sql` OR a.county_fips = ${zip.countyFips}` : sql``;
  return sql`(EXISTS (SELECT 1 FROM service_areas a WHERE a.service_id = sal.service_id
      AND ((a.state_code IS NULL AND a.county_fips IS NULL)
        OR (a.county_fips IS NULL AND a.state_code = ${zip.stateCode})${county}))
    OR EXISTS (SELECT 1 FROM addresses ad WHERE ad.location_id = sal.location_id
      AND ad.confidentiality = 'public' AND left(ad.postal_code, 5) = ${zip.zip}))`;
}

export function whereOf(clauses: SQL[]): SQL {
  return clauses.length ? sql.join(clauses, sql` AND `) : sql`true`;
}
