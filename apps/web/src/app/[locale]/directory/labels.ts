import { taxonomyTermDefinitions } from "@puente/db/directory";
import { stateByCode } from "@puente/geo";

/** Labels that come from reference data rather than the message catalogs. */
export function termLabel(code: string, locale: string): string {
  const term = taxonomyTermDefinitions.find((t) => t.code === code);
  if (!term) return code;
  return locale === "es" ? term.nameEs : term.name;
}

export const serviceTermCodes = taxonomyTermDefinitions.map((t) => t.code);

export function languageLabel(code: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale === "es" ? "es-US" : "en-US"], { type: "language" }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : code;
  } catch {
    return code;
  }
}

export function stateLabel(code: string, locale: string): string {
  const state = stateByCode(code);
  if (!state) return code;
  return locale === "es" ? state.nameEs : state.name;
}
