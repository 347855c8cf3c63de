import { countyAt } from "./county-at";
import { loadZipCodes } from "./data";
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
 * and so are the few hundred rows with no coordinates (published as 0,0): a ZIP that cannot
 * be placed on a map cannot be searched by distance either.
 */
export const zipTable = memo(() => {
  const table = new Map<string, ZipRecord>();
  for (const row of Object.values(loadZipCodes())) {
    if (!row.latitude || !row.longitude || !stateByCode(row.state)) continue;
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
