import { defaultLocale, isLocale, type Locale } from "@puente/i18n";

/**
 * The language of a sign-in email for someone we may not know yet: the page they asked from
 * (the callback URL's /es prefix), else their remembered choice (next-intl's NEXT_LOCALE cookie).
 */
export function localeOfSignInRequest(magicLinkUrl: string, request: Request | undefined): Locale {
  try {
    const callback = new URL(magicLinkUrl).searchParams.get("callbackUrl");
    if (callback) {
      const first = new URL(callback, "http://x").pathname.split("/")[1];
      if (isLocale(first)) return first;
    }
  } catch {
    // A malformed URL falls through to the cookie.
  }
  const cookie = request?.headers.get("cookie") ?? "";
  const match = /(?:^|;\s*)NEXT_LOCALE=(\w+)/.exec(cookie);
  return isLocale(match?.[1]) ? match[1] : defaultLocale;
}
