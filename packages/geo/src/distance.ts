export interface LatLon {
  lat: number;
  lon: number;
}

/** Mean Earth radius in statute miles (IUGG), the unit advocates and the UI use. */
export const EARTH_RADIUS_MILES = 3958.8;

/** The radius a search may ask for; "statewide" is expressed by searching a state instead. */
export const RADIUS_MILES = { min: 5, max: 200 } as const;

export const DEFAULT_RADIUS_MILES = 25;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance by the haversine formula, stable for the short distances we use. */
export function distanceMiles(a: LatLon, b: LatLon): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
}

/**
 * A latitude/longitude box that contains every point within `miles` of `center`, for a
 * B-tree-indexed prefilter (`lat BETWEEN … AND lon BETWEEN …`) before the exact distance:
 * PGlite cannot load cube/earthdistance next to pg_trgm (STACK-NOTES.md), and this needs no
 * extension on either engine. The box is a superset; filter by distanceMiles after it.
 */
export function boundingBox(center: LatLon, miles: number): BoundingBox {
  const dLat = (miles / EARTH_RADIUS_MILES) * (180 / Math.PI);
  const minLat = Math.max(-90, center.lat - dLat);
  const maxLat = Math.min(90, center.lat + dLat);
  // Longitude degrees shrink with latitude; use the box edge nearest the pole, where they are
  // shortest, so the box is never too narrow. Near a pole every longitude is in range.
  const edgeLat = Math.max(Math.abs(minLat), Math.abs(maxLat));
  if (edgeLat >= 89.9) return { minLat, maxLat, minLon: -180, maxLon: 180 };
  const dLon = dLat / Math.cos(toRadians(edgeLat));
  // Clamped rather than wrapped: only the far Aleutians sit near the antimeridian, and a
  // wrapped box would need two ranges in SQL.
  return {
    minLat,
    maxLat,
    minLon: Math.max(-180, center.lon - dLon),
    maxLon: Math.min(180, center.lon + dLon),
  };
}

/**
 * A radius a person asked for, as a whole number of miles within RADIUS_MILES; anything
 * unreadable becomes the default. Accepts strings because it usually comes from a query string.
 */
export function clampRadius(value: unknown, fallback: number = DEFAULT_RADIUS_MILES): number {
  const miles = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (typeof miles !== "number" || !Number.isFinite(miles)) return clampRadius(fallback, 25);
  return Math.min(RADIUS_MILES.max, Math.max(RADIUS_MILES.min, Math.round(miles)));
}
