import { countyByFips, stateByCode } from "@puente/geo";

/** Labels that come from reference data rather than the message catalogs. */
export function placeLabel(
  place: { state: string; countyFips: string | null },
  locale: string,
): string {
  const state = stateByCode(place.state);
  const stateName = state ? (locale === "es" ? state.nameEs : state.name) : place.state;
  if (!place.countyFips) return stateName;
  const county = countyByFips(place.countyFips);
  if (!county) return stateName;
  return `${countyLabel(county, locale)}, ${stateName}`;
}

/** The Spanish names are written for the middle of a sentence ("condado de Fulton"): capitalized here. */
export function countyLabel(
  county: { fullName: string; fullNameEs: string },
  locale: string,
): string {
  const name = locale === "es" ? county.fullNameEs : county.fullName;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

export function languageLabel(code: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale === "es" ? "es-US" : "en-US"], {
      type: "language",
    }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : code;
  } catch {
    return code;
  }
}

/** Languages offered in forms and filters: those Puente's advocates work in most. */
export const strategyLanguageCodes = [
  "en",
  "es",
  "pt",
  "ht",
  "fr",
  "zh",
  "vi",
  "ko",
  "tl",
  "ar",
  "so",
  "am",
  "ru",
  "hmn",
  "quc",
];

export function categoryLabel(c: { name: string; nameEs: string }, locale: string) {
  return locale === "es" ? c.nameEs : c.name;
}
