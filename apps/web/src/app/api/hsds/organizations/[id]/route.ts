import { getDatabase } from "@puente/db/runtime";
import {
  getOrganization,
  hsdsResponse,
  optionsResponse,
  organizationParams,
  parseId,
  parseParams,
} from "@puente/hsds/api";

export const dynamic = "force-dynamic";

/** HSDS GET /organizations/{id}[?full_service=true]: 400 for a malformed id or flag, 404 for an unknown one. */
export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return hsdsResponse(async () => {
    const id = parseId((await params).id);
    const query = parseParams(organizationParams, new URL(request.url).searchParams);
    return getOrganization((await getDatabase()).db, id, query);
  });
}

export const OPTIONS = optionsResponse;
