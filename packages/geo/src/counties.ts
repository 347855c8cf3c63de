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
import { type State, stateByCode, stateByFips, states } from "./states";
import { placeKey } from "./text";

export interface County {
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
  /** Centroid of the county's shape, for distance search from a county. */
  lat: number;
  lon: number;
}

export type CountyFeature = Feature<Geometry, { name: string }>;

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
    list = buildCounties(state);
    countiesByState.set(state.code, list);
  }
  return list;
}

function buildCounties(state: State): readonly County[] {
  const list: County[] = [];
  for (const [fips, shape] of countyFeatures()) {
    if (!fips.startsWith(state.fips)) continue;
    const [lon, lat] = geoCentroid(shape);
    const kind = countyKind(fips);
    const name = shape.properties.name;
    list.push(
      Object.freeze({
        fips,
        name,
        fullName: countyFullName(name, kind),
        fullNameEs: countyFullNameEs(name, kind),
        kind,
        stateCode: state.code,
        lat: round(lat),
        lon: round(lon),
      }),
    );
  }
  return list.sort((a, b) => a.name.localeCompare(b.name) || a.fips.localeCompare(b.fips));
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
  const pool = state ? countiesOf(state.code) : states.flatMap((s) => countiesOf(s.code));
  const { name, kind } = stripCountyWords(key);
  let matches = pool.filter((c) => placeKey(c.name) === name);
  let wanted = kind;
  // "Baltimore city" and "Richmond city" name independent cities, but "Carson City" and
  // "James City" are the Census names themselves, matched above.
  if (matches.length === 0 && name.endsWith(" city")) {
    const bare = name.slice(0, -" city".length);
    matches = pool.filter((c) => c.kind === "independent-city" && placeKey(c.name) === bare);
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
  return matches.length === 1 ? matches[0] : undefined;
}

function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
