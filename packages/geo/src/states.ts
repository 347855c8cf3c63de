import { normalizeName } from "./text";

export interface State {
  /** USPS code, e.g. "GA". */
  code: string;
  /** Two-digit Census FIPS code, e.g. "13" (the prefix of every county FIPS in the state). */
  fips: string;
  name: string;
  nameEs: string;
}

type Row = [code: string, fips: string, name: string, nameEs: string, aliases?: string[]];

// Spanish names as the Spanish-language press and RAE usage write them; aliases catch the
// spellings advocates actually type (accents are stripped before matching anyway).
const ROWS: Row[] = [
  ["AL", "01", "Alabama", "Alabama"],
  ["AK", "02", "Alaska", "Alaska"],
  ["AZ", "04", "Arizona", "Arizona"],
  ["AR", "05", "Arkansas", "Arkansas"],
  ["CA", "06", "California", "California"],
  ["CO", "08", "Colorado", "Colorado"],
  ["CT", "09", "Connecticut", "Connecticut"],
  ["DE", "10", "Delaware", "Delaware"],
  [
    "DC",
    "11",
    "District of Columbia",
    "Distrito de Columbia",
    ["Washington DC", "Washington D.C."],
  ],
  ["FL", "12", "Florida", "Florida"],
  ["GA", "13", "Georgia", "Georgia"],
  ["HI", "15", "Hawaii", "Hawái", ["Hawai'i", "Hawaí"]],
  ["ID", "16", "Idaho", "Idaho"],
  ["IL", "17", "Illinois", "Illinois"],
  ["IN", "18", "Indiana", "Indiana"],
  ["IA", "19", "Iowa", "Iowa"],
  ["KS", "20", "Kansas", "Kansas"],
  ["KY", "21", "Kentucky", "Kentucky"],
  ["LA", "22", "Louisiana", "Luisiana"],
  ["ME", "23", "Maine", "Maine"],
  ["MD", "24", "Maryland", "Maryland"],
  ["MA", "25", "Massachusetts", "Massachusetts"],
  ["MI", "26", "Michigan", "Míchigan"],
  ["MN", "27", "Minnesota", "Minnesota"],
  ["MS", "28", "Mississippi", "Misisipi", ["Misisipí", "Mississipi"]],
  ["MO", "29", "Missouri", "Misuri"],
  ["MT", "30", "Montana", "Montana"],
  ["NE", "31", "Nebraska", "Nebraska"],
  ["NV", "32", "Nevada", "Nevada"],
  ["NH", "33", "New Hampshire", "Nuevo Hampshire", ["Nueva Hampshire"]],
  ["NJ", "34", "New Jersey", "Nueva Jersey"],
  ["NM", "35", "New Mexico", "Nuevo México"],
  ["NY", "36", "New York", "Nueva York"],
  ["NC", "37", "North Carolina", "Carolina del Norte"],
  ["ND", "38", "North Dakota", "Dakota del Norte"],
  ["OH", "39", "Ohio", "Ohio"],
  ["OK", "40", "Oklahoma", "Oklahoma"],
  ["OR", "41", "Oregon", "Oregón"],
  ["PA", "42", "Pennsylvania", "Pensilvania"],
  ["RI", "44", "Rhode Island", "Rhode Island"],
  ["SC", "45", "South Carolina", "Carolina del Sur"],
  ["SD", "46", "South Dakota", "Dakota del Sur"],
  ["TN", "47", "Tennessee", "Tennessee", ["Tenesí"]],
  ["TX", "48", "Texas", "Texas"],
  ["UT", "49", "Utah", "Utah"],
  ["VT", "50", "Vermont", "Vermont"],
  ["VA", "51", "Virginia", "Virginia"],
  ["WA", "53", "Washington", "Washington"],
  ["WV", "54", "West Virginia", "Virginia Occidental"],
  ["WI", "55", "Wisconsin", "Wisconsin"],
  ["WY", "56", "Wyoming", "Wyoming"],
  ["PR", "72", "Puerto Rico", "Puerto Rico"],
];

/** The 50 states, the District of Columbia and Puerto Rico, in alphabetical order of code. */
export const states: readonly State[] = ROWS.map(([code, fips, name, nameEs]) => ({
  code,
  fips,
  name,
  nameEs,
}))
  .sort((a, b) => a.code.localeCompare(b.code))
  .map((state) => Object.freeze(state));

const byCode = new Map(states.map((s) => [s.code, s]));
const byFips = new Map(states.map((s) => [s.fips, s]));
// Small enough to build eagerly: 52 rows, no data file behind it.
const byName = new Map<string, State>();
for (const [code, , name, nameEs, aliases = []] of ROWS) {
  const state = byCode.get(code)!;
  for (const spelling of [name, nameEs, ...aliases]) byName.set(normalizeName(spelling), state);
}

export function stateByCode(code: string): State | undefined {
  return byCode.get(code.trim().toUpperCase());
}

export function stateByFips(fips: string): State | undefined {
  return byFips.get(fips.trim().padStart(2, "0"));
}

/** A state by English or Spanish name, alias or USPS code, ignoring case, accents and dots. */
export function findState(text: string): State | undefined {
  const key = normalizeName(text);
  if (key.length === 2) return byCode.get(key.toUpperCase());
  return byName.get(key);
}

/** Every normalized spelling a state answers to, for prefix suggestions. */
export function stateSpellings(): ReadonlyMap<string, State> {
  return byName;
}
