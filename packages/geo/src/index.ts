export { states, stateByCode, stateByFips, findState, type State } from "./states";
export { lookupZip, parseZip, type ZipLookup, type ZipRecord } from "./zips";
export { findCity, type City } from "./cities";
export { countiesOf, countyByFips, findCounty, type County } from "./counties";
export type { CountyKind } from "./county-names";
export { countyAt } from "./county-at";
export { stateCentroid } from "./state-shapes";
export {
  resolvePlace,
  type Place,
  type ZipPlace,
  type CityPlace,
  type CountyPlace,
  type StatePlace,
  type Locale,
  type ResolveOptions,
} from "./place";
export { suggestPlaces, type PlaceSuggestion, type SuggestOptions } from "./suggest";
export {
  distanceMiles,
  boundingBox,
  clampRadius,
  RADIUS_MILES,
  DEFAULT_RADIUS_MILES,
  EARTH_RADIUS_MILES,
  type LatLon,
  type BoundingBox,
} from "./distance";
export {
  renderMapSvg,
  type MapOptions,
  type MapPoint,
  type MapSvg,
  type ProjectedPoint,
  type MapRegion,
} from "./map-svg";
