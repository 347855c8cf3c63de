import { geoBounds, geoContains } from "d3-geo";
import { countiesOf, countyFeatures, type CountyFeature } from "./counties";
import { distanceMiles } from "./distance";
import { memo } from "./memo";
import { stateByCode } from "./states";

interface Boxed {
  fips: string;
  shape: CountyFeature;
  west: number;
  south: number;
  east: number;
  north: number;
}

// A cheap box test first: the spherical point-in-polygon test is the expensive part.
const boxedCounties = memo(() => {
  const list: Boxed[] = [];
  for (const [fips, shape] of countyFeatures()) {
    const [[west, south], [east, north]] = geoBounds(shape);
    list.push({ fips, shape, west, south, east, north });
  }
  return list;
});

function inBox(box: Boxed, lat: number, lon: number): boolean {
  if (lat < box.south || lat > box.north) return false;
  // West greater than east means the box crosses the antimeridian (the Aleutians).
  return box.west <= box.east
    ? lon >= box.west && lon <= box.east
    : lon >= box.west || lon <= box.east;
}

// Steps (degrees, ~1 to ~15 miles) for looking around a point that fell in no county.
const RINGS = [0.01, 0.03, 0.07, 0.15, 0.25];
const DIRECTIONS = Array.from({ length: 8 }, (_, i) => (i * Math.PI) / 4);

function containing(lat: number, lon: number, stateFips?: string): string | undefined {
  for (const box of boxedCounties()) {
    if (stateFips && !box.fips.startsWith(stateFips)) continue;
    if (inBox(box, lat, lon) && geoContains(box.shape, [lon, lat])) return box.fips;
  }
  return undefined;
}

/**
 * FIPS of the county containing a point. The ZIP data has no county, so a ZIP's county is the
 * one its centroid falls in. The boundaries are simplified (1:10,000,000), so a centroid near
 * a county line can land on the wrong side (about 3% of ZIPs disagree with GeoNames' county),
 * and one on the coast can land in the water: with a state given, such a point takes the
 * first county found in widening rings around it, else the county with the nearest centroid.
 */
export function countyAt(lat: number, lon: number, stateCode?: string): string | undefined {
  const state = stateCode ? stateByCode(stateCode) : undefined;
  if (stateCode && !state) return undefined;
  const found = containing(lat, lon, state?.fips);
  if (found || !state) return found;

  for (const step of RINGS) {
    for (const angle of DIRECTIONS) {
      const near = containing(
        lat + step * Math.sin(angle),
        lon + (step * Math.cos(angle)) / Math.cos((lat * Math.PI) / 180),
        state.fips,
      );
      if (near) return near;
    }
  }
  let nearest: string | undefined;
  let best = Infinity;
  for (const county of countiesOf(state.code)) {
    const miles = distanceMiles({ lat, lon }, county);
    if (miles < best) {
      best = miles;
      nearest = county.fips;
    }
  }
  return nearest;
}
