import { type GeoProjection, geoAlbersUsa, geoBounds, geoConicEqualArea, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import { countyFeatures } from "./counties";
import { loadCountiesTopology } from "./data";
import { memo } from "./memo";
import { stateFeatures } from "./state-shapes";
import { stateByCode, stateByFips } from "./states";

export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
  label: string;
}

export interface MapOptions {
  /** "us" for the whole country, or a state's USPS code ("GA"). */
  scope: string;
  points?: readonly MapPoint[];
  /** Defaults to 975 (the width us-atlas and d3 examples are tuned for). */
  width?: number;
  /** Defaults to 610 for the US; for a state, to whatever its shape needs at that width. */
  height?: number;
  /** Also return one path per state (US) or per county (a state), for choropleths. */
  regions?: boolean;
}

export interface ProjectedPoint {
  id: string;
  x: number;
  y: number;
  label: string;
}

export interface MapRegion {
  fips: string;
  name: string;
  path: string;
}

export interface MapSvg {
  viewBox: string;
  width: number;
  height: number;
  /** Closed shapes, safe to fill: every state, or one state followed by each of its counties. */
  outlinePath: string;
  points: ProjectedPoint[];
  /** Points left out: outside the projection (Albers USA has no Puerto Rico) or the frame. */
  dropped: number;
  regions?: MapRegion[];
}

const PADDING = 8;
// One decimal is sub-pixel at these sizes and keeps the markup small for slow phones.
const DIGITS = 1;

/**
 * Map geometry as plain data, so a server component can render the <svg> with no map library
 * in the browser. Unknown scope → undefined.
 */
export function renderMapSvg(options: MapOptions): MapSvg | undefined {
  const frame = options.scope.toLowerCase() === "us" ? usFrame(options) : stateFrame(options);
  if (!frame) return undefined;
  const { projection, width, height } = frame;

  const points: ProjectedPoint[] = [];
  let dropped = 0;
  for (const point of options.points ?? []) {
    const xy = projection([point.lon, point.lat]);
    if (!xy || xy[0] < 0 || xy[0] > width || xy[1] < 0 || xy[1] > height) {
      dropped++;
      continue;
    }
    points.push({ id: point.id, x: round(xy[0]), y: round(xy[1]), label: point.label });
  }

  const result: MapSvg = {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    outlinePath: frame.outline(),
    points,
    dropped,
  };
  if (options.regions) result.regions = frame.regions();
  return result;
}

interface Frame {
  projection: GeoProjection;
  width: number;
  height: number;
  outline: () => string;
  regions: () => MapRegion[];
}

// Outlines are the heavy part and depend only on scope and size: keep the last few.
const outlineCache = new Map<string, string>();
function cachedOutline(key: string, build: () => string): string {
  let path = outlineCache.get(key);
  if (path === undefined) {
    path = build();
    if (outlineCache.size >= 32) outlineCache.delete(outlineCache.keys().next().value!);
    outlineCache.set(key, path);
  }
  return path;
}

// The 50 states and DC: the territories in us-atlas have no place in Albers USA's insets.
const usStates = memo((): FeatureCollection => {
  const features = [...stateFeatures()]
    .filter(([fips]) => fips !== "72" && stateByFips(fips))
    .map(([, shape]) => shape);
  return { type: "FeatureCollection", features };
});

function usFrame(options: MapOptions): Frame {
  const width = options.width ?? 975;
  const height = options.height ?? 610;
  const collection = usStates();
  const projection = geoAlbersUsa().fitExtent(
    [
      [PADDING, PADDING],
      [width - PADDING, height - PADDING],
    ],
    collection,
  );
  const path = geoPath(projection).digits(DIGITS);
  return {
    projection,
    width,
    height,
    outline: () => cachedOutline(`us|${width}|${height}`, () => path(collection) ?? ""),
    regions: () =>
      collection.features.map((shape) => ({
        fips: String(shape.id),
        name: stateByFips(String(shape.id))?.name ?? "",
        path: path(shape) ?? "",
      })),
  };
}

// Counties-10m's own state shapes, merged from its counties, so both line up exactly.
const countyStates = memo(() => {
  const topology = loadCountiesTopology();
  const byFips = new Map<string, Feature<Geometry>>();
  for (const f of feature(topology, topology.objects.states).features) byFips.set(String(f.id), f);
  return byFips;
});

function stateFrame(options: MapOptions): Frame | undefined {
  const state = stateByCode(options.scope);
  const shape = state && countyStates().get(state.fips);
  if (!state || !shape) return undefined;
  const counties = [...countyFeatures()]
    .filter(([fips]) => fips.startsWith(state.fips))
    .map(([, county]) => county);

  // An equal-area conic turned to the state's own longitude and latitudes: Mercator would
  // stretch Alaska, and Alaska's Aleutians cross the antimeridian, which the rotation absorbs.
  const [[west, south], [east, north]] = geoBounds(shape);
  const span = north - south;
  const middle = west <= east ? (west + east) / 2 : (west + east + 360) / 2;
  const projection = geoConicEqualArea()
    .rotate([-middle, 0])
    .parallels([south + span / 6, north - span / 6]);

  const width = options.width ?? 975;
  let height = options.height;
  if (height === undefined) {
    // Fit the width first, then take the height the shape needs (Idaho is tall, Tennessee flat).
    projection.fitWidth(width - 2 * PADDING, shape);
    const [[, top], [, bottom]] = geoPath(projection).bounds(shape);
    height = Math.min(2 * width, Math.ceil(bottom - top) + 2 * PADDING);
  }
  projection.fitExtent(
    [
      [PADDING, PADDING],
      [width - PADDING, height - PADDING],
    ],
    shape,
  );
  const path = geoPath(projection).digits(DIGITS);
  return {
    projection,
    width,
    height,
    outline: () =>
      cachedOutline(`${state.code}|${width}|${height}`, () =>
        [shape, ...counties].map((f) => path(f) ?? "").join(""),
      ),
    regions: () =>
      counties.map((county) => ({
        fips: String(county.id),
        name: county.properties.name,
        path: path(county) ?? "",
      })),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
