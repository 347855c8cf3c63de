import { boundingBox, findState, resolvePlace, stateByCode, type BoundingBox, type Place } from "@puente/geo";
import type { Locale } from "@puente/i18n";
import { PuenteError } from "../errors";

/** What the search needs to know about where: a point with a box around it, or a whole state. */
export type SearchArea =
  | {
      kind: "radius";
      place: Place;
      miles: number;
      box: BoundingBox;
      stateCode: string;
      countyFips: string[];
    }
  | { kind: "state"; place: Place; stateCode: string; stateFips: string };

export function resolveSearchArea(text: string, radius: number | "state", locale: Locale): SearchArea {
  const place = resolvePlace(text, { locale });
  if (!place) throw new PuenteError("BAD_REQUEST", "errors.directory.unknownPlace", { place: text });
  if (place.kind === "state" || radius === "state") {
    const state = stateByCode(place.stateCode) ?? findState(place.stateCode);
    if (!state) throw new PuenteError("BAD_REQUEST", "errors.directory.unknownPlace", { place: text });
    return { kind: "state", place, stateCode: state.code, stateFips: state.fips };
  }
  const countyFips =
    place.kind === "city" ? [...place.countyFipsList] : place.countyFips ? [place.countyFips] : [];
  return {
    kind: "radius",
    place,
    miles: radius,
    box: boundingBox({ lat: place.lat, lon: place.lon }, radius),
    stateCode: place.stateCode,
    countyFips,
  };
}
