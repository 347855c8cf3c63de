import { type City, cityCountyFips, findCity } from "./cities";
import { type County, type CountyName, findCountyByName } from "./counties";
import { stripCountyWords } from "./county-names";
import { splitState } from "./place-parse";
import { stateCentroid } from "./state-shapes";
import { findState, type State } from "./states";
import { placeKey } from "./text";
import { lookupZip } from "./zips";

export type Locale = "en" | "es";

interface PlaceBase {
  /** How to show the place to a person, in the requested locale. resolvePlace accepts it back. */
  label: string;
  stateCode: string;
  lat: number;
  lon: number;
  /** The county the place lies in (for a city, the one holding most of its ZIPs). */
  countyFips?: string;
  zip?: string;
}

export interface ZipPlace extends PlaceBase {
  kind: "zip";
  zip: string;
  city: string;
}

export interface CityPlace extends PlaceBase {
  kind: "city";
  city: string;
  zips: readonly string[];
  /** Every county the city's ZIPs fall in, so service areas in any of them match. */
  countyFipsList: readonly string[];
}

export interface CountyPlace extends PlaceBase {
  kind: "county";
  countyFips: string;
}

export interface StatePlace extends PlaceBase {
  kind: "state";
  stateFips: string;
}

/** A place to search around; `kind` tells which, and which fields it carries. */
export type Place = ZipPlace | CityPlace | CountyPlace | StatePlace;

export interface ResolveOptions {
  locale?: Locale;
}

// A ZIP first, alone or before the rest of an address: "30303", "30303-1234", "30303 (Atlanta, GA)".
const LEADING_ZIP = /^(\d{5})(?:-\d{4})?(?:$|[\s,(])/;
// ...or at the end of one: "Atlanta, GA 30303".
const TRAILING_ZIP = /[\s,](\d{5})(?:-\d{4})?$/;

/**
 * Reads a place the way an advocate types it: a ZIP, "City, ST", "City ST", "City, State", a
 * county ("Fulton County, GA", "condado de Fulton, GA"), a state by name (English or
 * Spanish) or by code. Undefined when nothing matches, or when a bare city or county name is
 * shared by several states and no state says which.
 */
export function resolvePlace(text: string, options: ResolveOptions = {}): Place | undefined {
  const locale = options.locale ?? "en";
  const trimmed = text.trim().replace(/\s+/g, " ");
  if (!trimmed) return undefined;

  const zip = LEADING_ZIP.exec(trimmed)?.[1] ?? TRAILING_ZIP.exec(trimmed)?.[1];
  if (zip) return zipPlace(zip);

  const state = findState(trimmed);
  if (state) return statePlace(state, locale);

  const split = splitState(trimmed);
  if (!split) return undefined;
  return (
    cityOrCounty(split.place, split.state, locale) ??
    // A last word that looked like a state code may belong to the name itself.
    (split.state ? cityOrCounty(trimmed, undefined, locale) : undefined)
  );
}

function cityOrCounty(place: string, state: State | undefined, locale: Locale) {
  const saysCounty = stripCountyWords(placeKey(place)).kind !== undefined;
  const asCity = () => {
    const city = findCity(place, state?.code);
    return city && cityPlace(city);
  };
  const asCounty = () => {
    const county = findCountyByName(place, state);
    return county && countyPlace(county, locale);
  };
  return saysCounty ? (asCounty() ?? asCity()) : (asCity() ?? asCounty());
}

export function zipLabel(zip: string, city: string, stateCode: string): string {
  return `${zip} (${city}, ${stateCode})`;
}

function zipPlace(zip: string): ZipPlace | undefined {
  const found = lookupZip(zip);
  if (!found) return undefined;
  return {
    kind: "zip",
    label: zipLabel(found.zip, found.city, found.stateCode),
    zip: found.zip,
    city: found.city,
    stateCode: found.stateCode,
    lat: found.lat,
    lon: found.lon,
    countyFips: found.countyFips,
  };
}

export function cityLabel(city: City): string {
  return `${city.name}, ${city.stateCode}`;
}

function cityPlace(city: City): CityPlace {
  const counties = cityCountyFips(city);
  return {
    kind: "city",
    label: cityLabel(city),
    city: city.name,
    zips: city.zips,
    stateCode: city.stateCode,
    lat: city.lat,
    lon: city.lon,
    countyFips: counties[0],
    countyFipsList: counties,
  };
}

export function countyLabel(county: CountyName, locale: Locale): string {
  return `${locale === "es" ? county.fullNameEs : county.fullName}, ${county.stateCode}`;
}

function countyPlace(county: County, locale: Locale): CountyPlace {
  return {
    kind: "county",
    label: countyLabel(county, locale),
    countyFips: county.fips,
    stateCode: county.stateCode,
    lat: county.lat,
    lon: county.lon,
  };
}

export function stateLabel(state: State, locale: Locale): string {
  return locale === "es" ? state.nameEs : state.name;
}

function statePlace(state: State, locale: Locale): StatePlace {
  const { lat, lon } = stateCentroid(state);
  return {
    kind: "state",
    label: stateLabel(state, locale),
    stateCode: state.code,
    stateFips: state.fips,
    lat,
    lon,
  };
}
