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

/**
 * FIPS of the county containing a point. The ZIP data has no county, so a ZIP's county is the
 * one its centroid falls in. The boundaries are simplified (1:10,000,000), so a centroid near
 * a county line can land on the wrong side, and one on the coast can land in the water: with a
 * state given, a point in no county of that state takes the nearest county's centroid.
 */
export function countyAt(lat: number, lon: number, stateCode?: string): string | undefined {
  const state = stateCode ? stateByCode(stateCode) : undefined;
  if (stateCode && !state) return undefined;
  for (const box of boxedCounties()) {
    if (state && !box.fips.startsWith(state.fips)) continue;
    if (inBox(box, lat, lon) && geoContains(box.shape, [lon, lat])) return box.fips;
  }
  if (!state) return undefined;
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
