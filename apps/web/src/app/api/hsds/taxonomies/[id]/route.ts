import { getDatabase } from "@puente/db/runtime";
import { getTaxonomy, hsdsResponse, optionsResponse, parseId } from "@puente/hsds/api";

export const dynamic = "force-dynamic";

/** HSDS GET /taxonomies/{id}: 400 for a malformed id, 404 for an unknown or non-public one. */
export function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return hsdsResponse(async () => {
    const id = parseId((await params).id);
    return getTaxonomy((await getDatabase()).db, id);
  });
}

export const OPTIONS = optionsResponse;
