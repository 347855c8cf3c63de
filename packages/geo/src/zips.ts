import { countyAt } from "./county-at";
import { loadZipCodes, type RawZip } from "./data";
import { memo } from "./memo";
import { stateByCode } from "./states";

export interface ZipRecord {
  zip: string;
  /** Centroid of the ZIP code's delivery area. */
  lat: number;
  lon: number;
  /** The USPS "preferred" city name for the ZIP. */
  city: string;
  stateCode: string;
}

export interface ZipLookup extends ZipRecord {
  /** County holding the ZIP centroid; undefined only where no county shape is known. */
  countyFips?: string;
}

/**
 * ZIPs of the states we serve. Military (AA/AE/AP) and Pacific-territory ZIPs are left out,
 * and so are rows that cannot be placed: a few hundred published as 0,0, and a couple with a
 * wrong sign or island (10200 "New York" at +73.95°, Wake Island filed under HI), which would
 * otherwise drag a city's centroid across the globe.
 */
export const zipTable = memo(() => {
  const table = new Map<string, ZipRecord>();
  for (const row of Object.values(loadZipCodes())) {
    if (!stateByCode(row.state) || !onUsSoil(row)) continue;
    table.set(row.zip, {
      zip: row.zip,
      lat: row.latitude,
      lon: row.longitude,
      city: row.city,
      stateCode: row.state,
    });
  }
  return table;
});

// From Puerto Rico (15°N) to Alaska's North Slope (72°N), Maine (-64°) to Hawaii, plus the
// Aleutians west of the antimeridian.
function onUsSoil({ latitude: lat, longitude: lon, state }: RawZip): boolean {
  if (!lat || !lon || lat < 15 || lat > 72) return false;
  return lon <= -64 ? lon >= -180 : state === "AK" && lon >= 170;
}

// ZIP+4 and stray spaces are common in pasted addresses; the first five digits decide.
const ZIP_PATTERN = /^(\d{5})(?:[-\s]?\d{4})?$/;

/** The five-digit ZIP in "30303" or "30303-1234", or undefined. */
export function parseZip(text: string): string | undefined {
  return ZIP_PATTERN.exec(text.trim())?.[1];
}

const countyCache = new Map<string, string | undefined>();

/** County FIPS of a ZIP, found once per ZIP by point-in-polygon and remembered. */
export function zipCountyFips(record: ZipRecord): string | undefined {
  if (!countyCache.has(record.zip)) {
    countyCache.set(record.zip, countyAt(record.lat, record.lon, record.stateCode));
  }
  return countyCache.get(record.zip);
}

/** A ZIP code's centroid, city, state and county, or undefined for an unknown ZIP. */
export function lookupZip(zip: string): ZipLookup | undefined {
  const code = parseZip(zip);
  const record = code ? zipTable().get(code) : undefined;
  if (!record) return undefined;
  return { ...record, countyFips: zipCountyFips(record) };
}
