import { sql, type SQL } from "drizzle-orm";
import type { Audience } from "./audience";
import type { SearchArea } from "./search-place";
import { haversine, pointColumns } from "./search-sql";
import { isStale } from "./stale";

export interface SearchResult {
  serviceId: string;
  serviceName: string;
  description: string | null;
  organizationId: string;
  organizationName: string;
  kind: string;
  city: string | null;
  stateCode: string;
  termCodes: string[];
  languageCodes: string[];
  acceptsReferrals: boolean;
  verified: boolean;
  assuredDate: string | null;
  stale: boolean;
  /** Miles, rounded; from a confidential shelter's city, not its street, for non-members. */
  distanceMiles: number | null;
  reason: string | null;
  /** Where the map draws this result (same rule as the distance). */
  point: { lat: number; lon: number } | null;
  phone: string | null;
}

/** A page row's display fields as the statement returns them (`resultDetails`). */
export interface DetailRow {
  service_id: string;
  service_name: string;
  description: string | null;
  organization_id: string;
  organization_name: string;
  kind: string;
  city: string | null;
  state: string;
  term_codes: string[];
  language_codes: string[];
  accepts_referrals: boolean;
  verified: boolean;
  assured_date: string | null;
  lat: number | null;
  lon: number | null;
  phone: string | null;
}

/**
 * Display fields of the service `serviceId` (a column of the enclosing query), every value public
 * or chosen for the reader's class: a lateral subquery the page joins for its own rows only, so
 * the search needs no second statement. Its aliases are its own (`sv`, `org`, `en`, `p`, `ph`).
 */
export function resultDetails(audience: Audience, area: SearchArea | undefined, serviceId: SQL): SQL {
  const { lat, lon } = pointColumns(audience);
  const nearest = area
    ? sql`ORDER BY ${haversine(lat, lon, area.place.lat, area.place.lon)}`
    : sql`ORDER BY p.location_id`;
  return sql`SELECT sv.id AS service_id, sv.name AS service_name, sv.description, org.id AS organization_id,
               org.name AS organization_name, org.kind::text AS kind, org.city, org.state,
               en.term_codes, en.language_codes, en.accepts_referrals, en.verified, en.assured_date::text AS assured_date,
               pt.lat, pt.lon, ph.number AS phone
        FROM services sv
        JOIN organizations org ON org.id = sv.organization_id
        JOIN directory_search_entries en ON en.service_id = sv.id
        LEFT JOIN LATERAL (SELECT ${lat} AS lat, ${lon} AS lon FROM directory_search_points p
                           WHERE p.service_id = sv.id ${nearest} LIMIT 1) pt ON true
        LEFT JOIN LATERAL (SELECT number FROM phones
                           WHERE (service_id = sv.id OR (organization_id = org.id AND service_id IS NULL))
                             AND confidentiality = 'public'
                           ORDER BY service_id NULLS LAST, number LIMIT 1) ph ON true
        WHERE sv.id = ${serviceId}`;
}

/** One result as the reader gets it, from its page row and display fields. */
export function toSearchResult(
  p: { distance: number | null; reason: string | null },
  r: DetailRow,
): SearchResult {
  return {
    serviceId: r.service_id,
    serviceName: r.service_name,
    description: r.description,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    kind: r.kind,
    city: r.city,
    stateCode: r.state,
    termCodes: r.term_codes,
    languageCodes: r.language_codes,
    acceptsReferrals: r.accepts_referrals,
    verified: r.verified,
    assuredDate: r.assured_date,
    stale: isStale(r.assured_date),
    distanceMiles: p.distance === null ? null : Math.round(p.distance * 10) / 10,
    reason: p.reason,
    point: r.lat === null || r.lon === null ? null : { lat: r.lat, lon: r.lon },
    phone: r.phone,
  };
}
