import type { Actor } from "@puente/auth/actor";
import { queryRows, type Executor } from "@puente/db";
import type { Locale } from "@puente/i18n";
import { encodeCursor } from "./cursor";
import type { FacetCount, Facets } from "./search-facets";
import type { SearchInput } from "./search-input";
import type { SearchArea } from "./search-place";
import { planSearch } from "./search-plan";
import { toSearchResult, type DetailRow, type SearchResult } from "./search-results";

export interface SearchResponse {
  total: number;
  results: SearchResult[];
  nextCursor: string | null;
  facets: Facets;
  sort: "relevance" | "distance";
  area: { label: string; kind: SearchArea["kind"]; stateCode: string; miles: number | null; lat: number; lon: number } | null;
}

interface PageRow {
  service_id: string;
  distance: number | null;
  reason: string | null;
  sort_key: number | string;
  /** Display fields, read in the same statement; a row without them (no service row) is skipped. */
  details: DetailRow | null;
}

interface SearchRow {
  total: number;
  page: PageRow[];
  services: FacetCount[];
  languages: FacetCount[];
  populations: FacetCount[];
  kinds: FacetCount[];
  accepts: number;
  verified: number;
}

/** The directory search: filters, place, text, facets and one keyset page, shaped for the reader. */
export async function searchDirectory(
  db: Executor,
  actor: Actor,
  input: SearchInput,
  locale: Locale,
): Promise<SearchResponse> {
  const plan = planSearch(actor, input, locale);
  const [row] = await queryRows<SearchRow>(db, plan.statement);
  const rows = row?.page ?? [];
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  const { area } = plan;
  return {
    total: row?.total ?? 0,
    results: page.flatMap((p) => (p.details ? [toSearchResult(p, p.details)] : [])),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ k: last.sort_key, id: last.service_id }) : null,
    facets: {
      services: row?.services ?? [],
      languages: row?.languages ?? [],
      populations: row?.populations ?? [],
      kinds: row?.kinds ?? [],
      acceptsReferrals: row?.accepts ?? 0,
      verified: row?.verified ?? 0,
    },
    sort: plan.sort,
    area: area
      ? {
          label: area.place.label,
          kind: area.kind,
          stateCode: area.stateCode,
          miles: area.kind === "radius" ? area.miles : null,
          lat: area.place.lat,
          lon: area.place.lon,
        }
      : null,
  };
}
