import { countyByFips } from "@puente/geo";
import { languageLabel, stateLabel } from "../directory/labels";

export { languageLabel, stateLabel };

/**
 * Languages offered on the attorney form: English, Spanish and the languages most often needed
 * by immigrant survivors (ISO 639-1, or 639-3 where there is no two-letter code), as the
 * directory codes them. A language already on a profile is always offered too.
 */
export const attorneyLanguageChoices = ["en", "es", "pt", "fr", "ht", "zh", "vi", "ko", "tl", "ar", "ru", "hi", "so", "am", "ti", "uk", "fa", "ps"];

/** "Fulton County, GA" / "condado de Fulton, GA"; the whole state's name without a county. */
export function regionLabel(region: { state: string; countyFips: string | null }, locale: string): string {
  if (!region.countyFips) return stateLabel(region.state, locale);
  const county = countyByFips(region.countyFips);
  if (!county) return `${region.countyFips}, ${region.state}`;
  return `${locale === "es" ? county.fullNameEs : county.fullName}, ${region.state}`;
}
