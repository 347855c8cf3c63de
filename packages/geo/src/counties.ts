import { geoCentroid } from "d3-geo";
import type { Feature, Geometry } from "geojson";
import { feature } from "topojson-client";
import {
  type CountyKind,
  countyFullName,
  countyFullNameEs,
  countyKind,
  stripCountyWords,
} from "./county-names";
import { loadCountiesTopology } from "./data";
import { memo } from "./memo";
import { splitState } from "./place-parse";
import { type State, stateByCode, stateByFips } from "./states";
import { placeKey } from "./text";

/** A county's identity and names: cheap, read from the topology without its shapes. */
export interface CountyName {
  /** Five-digit Census FIPS code, e.g. "13121". */
  fips: string;
  /** Bare name as the Census writes it, e.g. "Fulton". */
  name: string;
  /** "Fulton County", "Orleans Parish", "Baltimore city". */
  fullName: string;
  /** "condado de Fulton", "parroquia de Orleans". */
  fullNameEs: string;
  kind: CountyKind;
  stateCode: string;
}

export interface County extends CountyName {
  /** Centroid of the county's shape, for distance search from a county. */
  lat: number;
  lon: number;
}

export type CountyFeature = Feature<Geometry, { name: string }>;

/** Every county of the states we serve, with a matching key, for name lookups and suggestions. */
export const countyNames = memo(() => {
  const list: Array<CountyName & { key: string }> = [];
  for (const geometry of loadCountiesTopology().objects.counties.geometries) {
    const fips = String(geometry.id);
    const state = stateByFips(fips.slice(0, 2));
    const name = (geometry.properties as { name?: string } | undefined)?.name;
    if (!state || !name) continue;
    const kind = countyKind(fips);
    list.push({
      fips,
      name,
      fullName: countyFullName(name, kind),
      fullNameEs: countyFullNameEs(name, kind),
      kind,
      stateCode: state.code,
      key: placeKey(name),
    });
  }
  return list.sort((a, b) => a.name.localeCompare(b.name) || a.fips.localeCompare(b.fips));
});

/** County shapes by FIPS; shared with point-in-county lookups and state maps. */
export const countyFeatures = memo(() => {
  const topology = loadCountiesTopology();
  const collection = feature(topology, topology.objects.counties);
  const byFips = new Map<string, CountyFeature>();
  for (const f of collection.features) byFips.set(String(f.id), f as CountyFeature);
  return byFips;
});

// Centroids cost a spherical integration per shape, so they are computed one state at a time,
// the first time that state's counties are asked for.
const countiesByState = new Map<string, readonly County[]>();

/** The counties (and county-equivalents) of a state, sorted by name. */
export function countiesOf(stateCode: string): readonly County[] {
  const state = stateByCode(stateCode);
  if (!state) return [];
  let list = countiesByState.get(state.code);
  if (!list) {
    const shapes = countyFeatures();
    list = countyNames()
      .filter((county) => county.stateCode === state.code)
      .map(({ key: _key, ...county }) => {
        const shape = shapes.get(county.fips);
        const [lon, lat] = shape ? geoCentroid(shape) : [Number.NaN, Number.NaN];
        return Object.freeze({ ...county, lat: round(lat), lon: round(lon) });
      });
    countiesByState.set(state.code, list);
  }
  return list;
}

export function countyByFips(fips: string): County | undefined {
  const state = stateByFips(fips.slice(0, 2));
  return state && countiesOf(state.code).find((c) => c.fips === fips);
}

/**
 * A county from what a person types: "Fulton County, GA", "Fulton, GA", "condado de Fulton,
 * GA", "Orleans Parish, Louisiana", "Baltimore city, MD". Without a state the name must be
 * unique in the country ("Miami-Dade County"); "Fulton County" alone is ambiguous → undefined.
 */
export function findCounty(text: string, stateCode?: string): County | undefined {
  const split = splitState(text);
  if (!split) return undefined;
  const state = stateCode ? stateByCode(stateCode) : split.state;
  if (stateCode && !state) return undefined;
  return findCountyByName(split.place, state);
}

/** The part of findCounty after the state has been split off; also used by resolvePlace. */
export function findCountyByName(place: string, state: State | undefined): County | undefined {
  const key = placeKey(place);
  if (!key) return undefined;
  const pool = state ? countyNames().filter((c) => c.stateCode === state.code) : countyNames();
  const { name, kind } = stripCountyWords(key);
  let matches = pool.filter((c) => c.key === name);
  let wanted = kind;
  // "Baltimore city" and "Richmond city" name independent cities, but "Carson City" and
  // "James City" are the Census names themselves, matched above.
  if (matches.length === 0 && name.endsWith(" city")) {
    const bare = name.slice(0, -" city".length);
    matches = pool.filter((c) => c.kind === "independent-city" && c.key === bare);
    wanted = "independent-city";
  }
  if (matches.length > 1) {
    // Virginia has both a Richmond County and a Richmond city: the words typed decide, and a
    // bare name means the county.
    const narrowed = matches.filter((c) =>
      wanted ? c.kind === wanted : c.kind !== "independent-city",
    );
    if (narrowed.length > 0) matches = narrowed;
  }
  return matches.length === 1 ? countyByFips(matches[0]!.fips) : undefined;
}

function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
