/**
 * us-atlas names a county "Fulton", not "Fulton County": the kind of county-equivalent is
 * implied by the state and the FIPS code, and people type it ("Orleans Parish", "Baltimore
 * city"), so it is rebuilt here from the Census rules rather than stored per county.
 */
export type CountyKind =
  | "county"
  | "parish"
  | "borough"
  | "census-area"
  | "municipality"
  | "city-and-borough"
  | "independent-city"
  | "municipio"
  | "district";

// Alaska's county-equivalents in the 2017 Census edition that are not plain boroughs.
const ALASKA_KINDS: Record<string, CountyKind> = {
  "02016": "census-area",
  "02050": "census-area",
  "02070": "census-area",
  "02105": "census-area",
  "02158": "census-area",
  "02180": "census-area",
  "02198": "census-area",
  "02240": "census-area",
  "02261": "census-area",
  "02290": "census-area",
  "02020": "municipality",
  "02230": "municipality",
  "02110": "city-and-borough",
  "02220": "city-and-borough",
  "02275": "city-and-borough",
  "02282": "city-and-borough",
};

// Independent cities are numbered from 510 up in the four states that have them.
const INDEPENDENT_CITY_STATES = new Set(["24", "29", "32", "51"]);

export function countyKind(fips: string): CountyKind {
  const state = fips.slice(0, 2);
  if (state === "11") return "district";
  if (state === "22") return "parish";
  if (state === "72") return "municipio";
  if (state === "02") return ALASKA_KINDS[fips] ?? "borough";
  if (INDEPENDENT_CITY_STATES.has(state) && Number(fips.slice(2)) >= 510) return "independent-city";
  return "county";
}

const SUFFIX_EN: Record<CountyKind, string> = {
  county: "County",
  parish: "Parish",
  borough: "Borough",
  "census-area": "Census Area",
  municipality: "Municipality",
  "city-and-borough": "City and Borough",
  "independent-city": "city",
  municipio: "Municipio",
  district: "",
};

const PREFIX_ES: Record<CountyKind, string> = {
  county: "condado de",
  parish: "parroquia de",
  borough: "borough de",
  "census-area": "área censal de",
  municipality: "municipio de",
  "city-and-borough": "ciudad y borough de",
  "independent-city": "ciudad de",
  municipio: "municipio de",
  district: "",
};

export function countyFullName(name: string, kind: CountyKind): string {
  // "Carson City" is already a full name; "Carson City city" would not be.
  if (kind === "district" || (kind === "independent-city" && / city$/i.test(name))) return name;
  return `${name} ${SUFFIX_EN[kind]}`;
}

export function countyFullNameEs(name: string, kind: CountyKind): string {
  if (kind === "district") return "Distrito de Columbia";
  if (kind === "independent-city" && / city$/i.test(name)) return name;
  return `${PREFIX_ES[kind]} ${name}`;
}

// Words people put around a county name, normalized (no accents, lower case).
const PREFIXES: Array<[RegExp, CountyKind | undefined]> = [
  [/^(?:condado|county) (?:de |of )?/, "county"],
  [/^parroquia (?:de )?/, "parish"],
  [/^(?:municipio|municipality) (?:de |of )?/, undefined],
  [/^area censal (?:de )?/, "census-area"],
  [/^borough (?:de |of )?/, "borough"],
  [/^(?:ciudad|city) (?:de |of )/, "independent-city"],
];
const SUFFIXES: Array<[RegExp, CountyKind | undefined]> = [
  [/ city and borough$/, "city-and-borough"],
  [/ county$/, "county"],
  [/ parish$/, "parish"],
  [/ borough$/, "borough"],
  [/ census area$/, "census-area"],
  [/ (?:municipality|municipio)$/, undefined],
];

/** Splits "condado de fulton" or "orleans parish" into the bare name and the kind it named. */
export function stripCountyWords(key: string): { name: string; kind?: CountyKind } {
  for (const [pattern, kind] of [...PREFIXES, ...SUFFIXES]) {
    if (pattern.test(key)) return { name: key.replace(pattern, "").trim(), kind };
  }
  return { name: key };
}
