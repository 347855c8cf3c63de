import { createTranslator } from "use-intl/core";
import { intlLocale, type Locale } from "./locales";
import { messages } from "./messages";

/** A translator for code outside React (API errors, emails). */
export function getTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messages[locale] });
}

export type Translator = ReturnType<typeof getTranslator>;

export function formatDateTime(locale: Locale, date: Date, timeZone = "America/New_York") {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(date);
}
