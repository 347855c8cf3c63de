import { citiesStartingWith } from "./cities";
import { countyNames } from "./counties";
import { stripCountyWords } from "./county-names";
import { cityLabel, countyLabel, type Locale, stateLabel, zipLabel } from "./place";
import { findState, type State, stateSpellings, states } from "./states";
import { normalizeName, placeKey } from "./text";
import { zipTable } from "./zips";

export interface PlaceSuggestion {
  kind: "zip" | "city" | "county" | "state";
  /** Text to show and to put in the search box: resolvePlace(label) finds this place. */
  label: string;
  stateCode: string;
}

export interface SuggestOptions {
  locale?: Locale;
}

/**
 * Autocomplete for the place box: states (English or Spanish names, codes), cities ("Atl" →
 * "Atlanta, GA"; "Atlanta, G" narrows the state), counties, and ZIPs once three digits are in.
 * Larger cities (more ZIP codes) come first.
 */
export function suggestPlaces(
  prefix: string,
  limit = 8,
  options: SuggestOptions = {},
): PlaceSuggestion[] {
  const locale = options.locale ?? "en";
  const text = prefix.trim();
  if (!text || limit <= 0) return [];
  if (/^\d{3,5}$/.test(text)) return suggestZips(text, limit);

  const comma = text.indexOf(",");
  const namePart = comma >= 0 ? text.slice(0, comma) : text;
  const stateFilter = comma >= 0 ? statesStartingWith(text.slice(comma + 1)) : undefined;
  const inState = (code: string) => !stateFilter || stateFilter.some((s) => s.code === code);

  const key = placeKey(namePart);
  if (!key) return [];
  const out: PlaceSuggestion[] = [];
  const add = (suggestion: PlaceSuggestion) => {
    if (out.length < limit && !out.some((s) => s.label === suggestion.label)) out.push(suggestion);
  };

  if (!stateFilter) {
    for (const state of statesStartingWith(namePart)) {
      add({ kind: "state", label: stateLabel(state, locale), stateCode: state.code });
    }
  }
  const countyWords = countyPrefix(key);
  const addCounties = () => {
    // One or two letters match too many counties to be of help.
    if (countyWords.name.length < 3) return;
    for (const county of countyNames()) {
      if (county.key.startsWith(countyWords.name) && inState(county.stateCode)) {
        add({ kind: "county", label: countyLabel(county, locale), stateCode: county.stateCode });
      }
    }
  };
  // "Fulton County" or "condado de F" asks for counties; a bare name is most likely a city.
  if (countyWords.kind) addCounties();
  for (const city of citiesStartingWith(key, limit, (c) => inState(c.stateCode))) {
    add({ kind: "city", label: cityLabel(city), stateCode: city.stateCode });
  }
  if (!countyWords.kind) addCounties();
  return out;
}

const COUNTY_WORDS = ["county", "parish", "borough"];

/** Like stripCountyWords, but also while the word is half typed: "fulton co", "orleans par". */
function countyPrefix(key: string): { name: string; kind?: string } {
  const stripped = stripCountyWords(key);
  if (stripped.kind) return stripped;
  const space = key.lastIndexOf(" ");
  const last = key.slice(space + 1);
  if (space > 0 && last.length >= 2 && COUNTY_WORDS.some((word) => word.startsWith(last))) {
    return { name: key.slice(0, space), kind: "county" };
  }
  return stripped;
}

function statesStartingWith(text: string): State[] {
  const key = normalizeName(text);
  if (!key) return [...states];
  const found = new Set<State>();
  // "GA" or "ga" names Georgia outright, ahead of names that merely start with the letters.
  const byCode = key.length === 2 ? findState(key) : undefined;
  if (byCode) found.add(byCode);
  for (const [spelling, state] of stateSpellings()) {
    if (spelling.startsWith(key)) found.add(state);
  }
  return [...found];
}

function suggestZips(prefix: string, limit: number): PlaceSuggestion[] {
  const out: PlaceSuggestion[] = [];
  for (const record of zipTable().values()) {
    if (!record.zip.startsWith(prefix)) continue;
    out.push({
      kind: "zip",
      label: zipLabel(record.zip, record.city, record.stateCode),
      stateCode: record.stateCode,
    });
  }
  return out.sort((a, b) => a.label.localeCompare(b.label)).slice(0, limit);
}
