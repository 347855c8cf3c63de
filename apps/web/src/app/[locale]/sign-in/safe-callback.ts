/**
 * Where to land after the magic link: only a path on this site (never another origin, which would
 * make the sign-in link an open redirect), defaulting to the home page in the page's language.
 */
export function safeCallbackPath(requested: string | undefined, locale: string): string {
  const fallback = locale === "es" ? "/es" : "/";
  if (!requested || !requested.startsWith("/") || requested.startsWith("//") || requested.includes("\\")) {
    return fallback;
  }
  return requested;
}
