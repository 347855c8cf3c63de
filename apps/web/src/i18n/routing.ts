import { defaultLocale, locales } from "@puente/i18n";
import { defineRouting } from "next-intl/routing";

/** English at /…, Spanish at /es/…; the choice is remembered in the NEXT_LOCALE cookie. */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "as-needed",
  localeCookie: { name: "NEXT_LOCALE", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" },
});
