export const locales = ["en", "es"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** BCP 47 tags used for dates and numbers; US English and Latin American Spanish. */
export const intlLocale: Record<Locale, string> = { en: "en-US", es: "es-US" };
