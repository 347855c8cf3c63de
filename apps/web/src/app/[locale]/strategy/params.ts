import type { RouterInputs } from "@puente/api";

type ListInput = RouterInputs["strategy"]["list"];
export type RawParams = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/**
 * The URL holds the whole listing or search (shareable, works without JavaScript). Values pass
 * through unchanged so the procedure refuses unknown ones with a message.
 */
export function filtersFromParams(params: RawParams) {
  return {
    categoryId: one(params.category),
    state: one(params.state),
    countyFips: one(params.county),
    program: one(params.program) as ListInput["program"],
    outcome: one(params.outcome) as ListInput["outcome"],
    withWhom: one(params.with) as ListInput["withWhom"],
    language: one(params.lang),
    from: one(params.from),
    to: one(params.to),
  };
}

export const queryOf = (params: RawParams) => one(params.q);
export const cursorOf = (params: RawParams) => one(params.cursor);
export const offsetOf = (params: RawParams) =>
  Math.max(0, Math.min(1000, Number(one(params.offset) ?? 0) || 0));

/** The same URL with some parameters changed (undefined removes one). */
export function strategyHref(params: RawParams, changes: Record<string, string | undefined>) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key in changes) continue;
    const v = one(value);
    if (v) query.set(key, v);
  }
  for (const [key, value] of Object.entries(changes))
    if (value !== undefined) query.set(key, value);
  const text = query.toString();
  return text ? `/strategy?${text}` : "/strategy";
}

/**
 * Where a request with blank parameters should go instead: the same search without them (and
 * without repeats), or null when the URL is already clean. The filter form is a plain GET form,
 * so the browser sends every field, blank or not (`?category=&state=GA&outcome=`). The page
 * redirects to the clean URL on the server rather than stripping blanks in the browser: it works
 * without JavaScript, for every form that links here, and costs one redirect only when blanks came in.
 */
export function cleanStrategyHref(params: RawParams): string | null {
  const blank = Object.values(params).some(
    (value) => Array.isArray(value) || value === undefined || value.trim() === "",
  );
  return blank ? strategyHref(params, {}) : null;
}
