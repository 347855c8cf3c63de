import {
  countiesOf,
  countyByFips,
  distanceMiles,
  findCity,
  lookupZip,
  type City,
  type County,
} from "@puente/geo";
import type { Random } from "./random";

/** A real place for a seeded office: a ZIP of a real city, with its county. */
export interface SeedPlace {
  city: string;
  stateCode: string;
  zip: string;
  /** The ZIP centroid moved a little, so a city's offices are not all on one spot. */
  lat: number;
  lon: number;
  /** The city's centroid: where a confidential shelter is shown to outsiders. */
  cityLat: number;
  cityLon: number;
  countyFips?: string;
  countyName?: string;
}

const cities = new Map<string, City>();

export function seedCity(name: string, stateCode: string): City {
  const key = `${name}|${stateCode}`;
  let city = cities.get(key);
  if (!city) {
    city = findCity(name, stateCode);
    if (!city)
      throw new Error(`The seed names ${name}, ${stateCode}, which @puente/geo does not know`);
    cities.set(key, city);
  }
  return city;
}

// Every distinct ZIP costs a point-in-county test (about a millisecond), so each city offers a
// handful of its ZIPs, spread over its sorted list, instead of all of them (Houston has 190).
const ZIPS_PER_CITY = 6;

function zipPool(city: City): readonly string[] {
  if (city.zips.length <= ZIPS_PER_CITY) return city.zips;
  const step = city.zips.length / ZIPS_PER_CITY;
  return Array.from({ length: ZIPS_PER_CITY }, (_, i) => city.zips[Math.floor(i * step)]!);
}

/** About ±0.8 miles: enough to separate pins, never enough to leave the city. */
const JITTER_DEGREES = 0.012;

export function placeIn(
  random: Random,
  stateCode: string,
  cityName: string,
  zip?: string,
): SeedPlace {
  const city = seedCity(cityName, stateCode);
  const chosen = zip ?? random.pick(zipPool(city));
  const record = lookupZip(chosen);
  if (!record) throw new Error(`The seed names ZIP ${chosen}, which @puente/geo does not know`);
  const lat = round(record.lat + (random.float() * 2 - 1) * JITTER_DEGREES);
  const lon = round(record.lon + (random.float() * 2 - 1) * JITTER_DEGREES);
  return {
    city: city.name,
    stateCode,
    zip: record.zip,
    // A jitter of exactly zero would put a shelter on its public point; nudge it off.
    lat: lat === city.lat ? lat + 0.001 : lat,
    lon,
    cityLat: city.lat,
    cityLon: city.lon,
    countyFips: record.countyFips,
    countyName: record.countyFips ? countyByFips(record.countyFips)?.fullName : undefined,
  };
}

const neighbours = new Map<string, readonly County[]>();

/** Counties of the same state, nearest first: a county program often serves its neighbours too. */
export function nearbyCounties(fips: string, stateCode: string): readonly County[] {
  let list = neighbours.get(fips);
  if (!list) {
    const all = countiesOf(stateCode);
    const home = all.find((c) => c.fips === fips);
    list = home
      ? all
          .filter((c) => c.fips !== fips && Number.isFinite(c.lat))
          .map((c) => ({ c, miles: distanceMiles(home, c) }))
          .sort((a, b) => a.miles - b.miles || a.c.fips.localeCompare(b.c.fips))
          .slice(0, 6)
          .map(({ c }) => c)
      : [];
    neighbours.set(fips, list);
  }
  return list;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
