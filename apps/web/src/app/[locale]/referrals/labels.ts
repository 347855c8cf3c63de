import { countyByFips } from "@puente/geo";
import { languageLabel, stateLabel } from "../directory/labels";

export { languageLabel, stateLabel };

/** "Laramie County, Wyoming" — or the state alone when the referral names no county. */
export function placeLabel(stateCode: string, countyFips: string | null, locale: string): string {
  const county = countyFips ? countyByFips(countyFips) : undefined;
  const state = stateLabel(stateCode, locale);
  if (!county) return state;
  return `${locale === "es" ? county.fullNameEs : county.fullName}, ${state}`;
}

/** Languages offered in the referral form: the ones most often needed in the network first. */
export const referralLanguageCodes = ["es", "en", "pt", "ht", "fr", "zh", "vi", "ar", "ko", "tl", "ru", "so", "am", "hi", "mam", "quc", "kjb"];

export const hoursFormat = (value: number) => (Math.round(value * 100) / 100).toString();
