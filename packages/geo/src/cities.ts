import { memo } from "./memo";
import { placeKey } from "./text";
import { zipCountyFips, zipTable } from "./zips";

export interface City {
  name: string;
  stateCode: string;
  /** The ZIP codes whose preferred city this is. */
  zips: readonly string[];
  /** Mean of the city's ZIP centroids: the data has no city shapes. */
  lat: number;
  lon: number;
}

interface CityIndex {
  byNameAndState: Map<string, City>;
  byName: Map<string, City[]>;
  /** Every city, most ZIP codes first: a rough stand-in for size when ranking suggestions. */
  ranked: Array<{ key: string; city: City }>;
}

const cityIndex = memo((): CityIndex => {
  const groups = new Map<string, { name: string; stateCode: string; zips: string[] }>();
  for (const record of zipTable().values()) {
    const id = `${placeKey(record.city)}|${record.stateCode}`;
    let group = groups.get(id);
    if (!group) {
      group = { name: record.city, stateCode: record.stateCode, zips: [] };
      groups.set(id, group);
    }
    group.zips.push(record.zip);
  }

  const table = zipTable();
  const byNameAndState = new Map<string, City>();
  const byName = new Map<string, City[]>();
  const ranked: CityIndex["ranked"] = [];
  for (const [id, group] of groups) {
    const points = group.zips.map((zip) => table.get(zip)!);
    const city: City = Object.freeze({
      name: group.name,
      stateCode: group.stateCode,
      zips: Object.freeze(group.zips.sort()),
      lat: round(points.reduce((sum, p) => sum + p.lat, 0) / points.length),
      lon: round(points.reduce((sum, p) => sum + p.lon, 0) / points.length),
    });
    const key = id.slice(0, id.indexOf("|"));
    byNameAndState.set(id, city);
    const sameName = byName.get(key);
    if (sameName) sameName.push(city);
    else byName.set(key, [city]);
    ranked.push({ key, city });
  }
  ranked.sort((a, b) => b.city.zips.length - a.city.zips.length || a.key.localeCompare(b.key));
  return { byNameAndState, byName, ranked };
});

/**
 * A city by name, in a state or, without one, only when the name is unique in the country
 * ("Atlanta" alone is ambiguous: there are Atlantas in Texas, Illinois and elsewhere).
 */
export function findCity(name: string, stateCode?: string): City | undefined {
  const key = placeKey(name);
  if (stateCode) return cityIndex().byNameAndState.get(`${key}|${stateCode.toUpperCase()}`);
  const matches = cityIndex().byName.get(key) ?? [];
  return matches.length === 1 ? matches[0] : undefined;
}

/** Up to `limit` cities whose normalized name starts with `prefixKey`, largest first. */
export function citiesStartingWith(
  prefixKey: string,
  limit: number,
  accept: (city: City) => boolean = () => true,
): City[] {
  const found: City[] = [];
  for (const { key, city } of cityIndex().ranked) {
    if (found.length >= limit) break;
    if (key.startsWith(prefixKey) && accept(city)) found.push(city);
  }
  return found;
}

/**
 * Counties a city's ZIP codes fall in, most ZIPs first: Atlanta lies in Fulton and DeKalb, and
 * an organization serving either county serves Atlanta.
 */
export function cityCountyFips(city: City): string[] {
  const table = zipTable();
  const counts = new Map<string, number>();
  for (const zip of city.zips) {
    const fips = zipCountyFips(table.get(zip)!);
    if (fips) counts.set(fips, (counts.get(fips) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([f]) => f);
}

function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
