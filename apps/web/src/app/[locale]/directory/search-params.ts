import type { RouterInputs } from "@puente/api";

type SearchInput = RouterInputs["directory"]["search"];
export type RawSearchParams = Record<string, string | string[] | undefined>;

const list = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : []).map((v) => v.trim()).filter(Boolean);
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/**
 * The URL is the whole search (shareable, bookmarkable, works without JavaScript). Values pass
 * through unchanged so the procedure can refuse unknown ones with a message.
 */
export function searchInputFromParams(params: RawSearchParams): SearchInput {
  const radiusText = one(params.radius);
  const radius = radiusText === "state" ? "state" : radiusText ? Number(radiusText) : undefined;
  return {
    q: one(params.q),
    place: one(params.place),
    radius: radius as SearchInput["radius"],
    services: list(params.service),
    languages: list(params.lang).map((l) => l.toLowerCase()),
    kinds: list(params.kind) as SearchInput["kinds"],
    populations: list(params.pop) as SearchInput["populations"],
    acceptsReferrals: one(params.referrals) === "1" ? true : undefined,
    verified: one(params.verified) === "1" ? true : undefined,
    sort: one(params.sort) as SearchInput["sort"],
    cursor: one(params.cursor),
    limit: 20,
  };
}

/** Query string for a search, with changes applied (for view switches, "more", widening). */
export function searchHref(path: string, params: RawSearchParams, changes: Record<string, string | undefined>) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key in changes) continue;
    for (const v of list(value)) query.append(key, v);
  }
  for (const [key, value] of Object.entries(changes)) if (value !== undefined) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export function hasSearch(params: RawSearchParams): boolean {
  return ["q", "place", "service", "lang", "kind", "pop", "referrals", "verified"].some((k) => list(params[k]).length > 0);
}

/**
 * Where a request with blank parameters should go instead: the same search without them, or null
 * when the URL is already clean. The search form is a plain GET form, so the browser sends every
 * text field, blank or not (`?q=&place=30303`); as on the strategy page, the page redirects on the
 * server, which works without JavaScript and costs a redirect only when blanks came in.
 */
export function cleanSearchHref(path: string, params: RawSearchParams): string | null {
  const blank = Object.values(params).some((value) =>
    (Array.isArray(value) ? value : [value]).some((v) => v === undefined || v.trim() === ""),
  );
  return blank ? searchHref(path, params, {}) : null;
}
