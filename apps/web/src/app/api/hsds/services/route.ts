import { getDatabase } from "@puente/db/runtime";
import {
  hsdsResponse,
  listServices,
  optionsResponse,
  parseParams,
  serviceListParams,
} from "@puente/hsds/api";

export const dynamic = "force-dynamic";

/** HSDS GET /services: public listings only, HSDS page wrapper; malformed parameters answer 400. */
export function GET(request: Request) {
  return hsdsResponse(async () => {
    const params = parseParams(serviceListParams, new URL(request.url).searchParams);
    return listServices((await getDatabase()).db, params);
  });
}

export const OPTIONS = optionsResponse;
