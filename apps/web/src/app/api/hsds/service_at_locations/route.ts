import { getDatabase } from "@puente/db/runtime";
import {
  hsdsResponse,
  listServiceAtLocations,
  optionsResponse,
  parseParams,
  serviceAtLocationListParams,
} from "@puente/hsds/api";

export const dynamic = "force-dynamic";

/** HSDS GET /service_at_locations: public listings only, HSDS page wrapper; malformed parameters answer 400. */
export function GET(request: Request) {
  return hsdsResponse(async () => {
    const params = parseParams(serviceAtLocationListParams, new URL(request.url).searchParams);
    return listServiceAtLocations((await getDatabase()).db, params);
  });
}

export const OPTIONS = optionsResponse;
