import { getDatabase } from "@puente/db/runtime";
import {
  hsdsResponse,
  listTaxonomyTerms,
  optionsResponse,
  parseParams,
  taxonomyTermListParams,
} from "@puente/hsds/api";

export const dynamic = "force-dynamic";

/** HSDS GET /taxonomy_terms: public listings only, HSDS page wrapper; malformed parameters answer 400. */
export function GET(request: Request) {
  return hsdsResponse(async () => {
    const params = parseParams(taxonomyTermListParams, new URL(request.url).searchParams);
    return listTaxonomyTerms((await getDatabase()).db, params);
  });
}

export const OPTIONS = optionsResponse;
