import { getDatabase } from "@puente/db/runtime";
import {
  hsdsResponse,
  listTaxonomies,
  optionsResponse,
  parseParams,
  taxonomyListParams,
} from "@puente/hsds/api";

export const dynamic = "force-dynamic";

/** HSDS GET /taxonomies: public listings only, HSDS page wrapper; malformed parameters answer 400. */
export function GET(request: Request) {
  return hsdsResponse(async () => {
    const params = parseParams(taxonomyListParams, new URL(request.url).searchParams);
    return listTaxonomies((await getDatabase()).db, params);
  });
}

export const OPTIONS = optionsResponse;
