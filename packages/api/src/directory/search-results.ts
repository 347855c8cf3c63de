import { queryRows, type Executor } from "@puente/db";
import { sql } from "drizzle-orm";
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

interface DetailRow {
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

/** Display fields for one page of results; every value is public or chosen for the reader's class. */
export async function loadResultDetails(
  db: Executor,
  page: Array<{ service_id: string; distance: number | null; reason: string | null }>,
  audience: Audience,
  area: SearchArea | undefined,
): Promise<SearchResult[]> {
  if (page.length === 0) return [];
  const ids = sql.join(page.map((r) => sql`${r.service_id}::uuid`), sql`, `);
  const { lat, lon } = pointColumns(audience);
  const nearest = area
    ? sql`ORDER BY ${haversine(lat, lon, area.place.lat, area.place.lon)}`
    : sql`ORDER BY p.location_id`;
  const rows = await queryRows<DetailRow>(
    db,
    sql`SELECT s.id AS service_id, s.name AS service_name, s.description, o.id AS organization_id,
               o.name AS organization_name, o.kind::text AS kind, o.city, o.state,
               e.term_codes, e.language_codes, e.accepts_referrals, e.verified, e.assured_date::text AS assured_date,
               pt.lat, pt.lon, ph.number AS phone
        FROM services s
        JOIN organizations o ON o.id = s.organization_id
        JOIN directory_search_entries e ON e.service_id = s.id
        LEFT JOIN LATERAL (SELECT ${lat} AS lat, ${lon} AS lon FROM directory_search_points p
                           WHERE p.service_id = s.id ${nearest} LIMIT 1) pt ON true
        LEFT JOIN LATERAL (SELECT number FROM phones
                           WHERE (service_id = s.id OR (organization_id = o.id AND service_id IS NULL))
                             AND confidentiality = 'public'
                           ORDER BY service_id NULLS LAST, number LIMIT 1) ph ON true
        WHERE s.id IN (${ids})`,
  );
  const byId = new Map(rows.map((r) => [r.service_id, r]));
  return page.flatMap((p) => {
    const r = byId.get(p.service_id);
    if (!r) return [];
    return [
      {
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
      },
    ];
  });
}
