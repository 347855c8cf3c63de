import { geoCentroid } from "d3-geo";
import type { Feature, Geometry } from "geojson";
import { feature } from "topojson-client";
import { loadStatesTopology } from "./data";
import type { LatLon } from "./distance";
import { memo } from "./memo";
import type { State } from "./states";

export type StateFeature = Feature<Geometry, { name: string }>;

/** State outlines by two-digit FIPS, from the Census cartographic boundaries. */
export const stateFeatures = memo(() => {
  const topology = loadStatesTopology();
  const byFips = new Map<string, StateFeature>();
  for (const f of feature(topology, topology.objects.states).features) {
    byFips.set(String(f.id), f as StateFeature);
  }
  return byFips;
});

const centroids = new Map<string, LatLon>();

/** Centroid of a state's shape: where a statewide place sits when a distance is needed. */
export function stateCentroid(state: State): LatLon {
  let centroid = centroids.get(state.code);
  if (!centroid) {
    const shape = stateFeatures().get(state.fips);
    const [lon, lat] = shape ? geoCentroid(shape) : [Number.NaN, Number.NaN];
    centroid = { lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 };
    centroids.set(state.code, centroid);
  }
  return centroid;
}
