import { getDatabase } from "@puente/db/runtime";
import {
  hsdsResponse,
  listOrganizations,
  optionsResponse,
  parseParams,
  organizationListParams,
} from "@puente/hsds/api";

export const dynamic = "force-dynamic";

/** HSDS GET /organizations: public listings only, HSDS page wrapper; malformed parameters answer 400. */
export function GET(request: Request) {
  return hsdsResponse(async () => {
    const params = parseParams(organizationListParams, new URL(request.url).searchParams);
    return listOrganizations((await getDatabase()).db, params);
  });
}

export const OPTIONS = optionsResponse;
