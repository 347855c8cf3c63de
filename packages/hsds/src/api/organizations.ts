import { queryRows, type Executor } from "@puente/db";
import { organizations } from "@puente/db/schema";
import { inArray, sql } from "drizzle-orm";
import { createAssembler } from "../serialize/assemble";
import { organizationObject, type HsdsObject } from "../serialize/objects";
import { loadPublicBundle } from "../serialize/public-rows";
import { notFound } from "./errors";
import { organizationSearch, whereOf } from "./filters";
import { NDJSON_PAGE_SIZE, ndjsonOf, offsetOf, toPage, type NdjsonResult, type Page } from "./page";
import type { OrganizationListParams, OrganizationParams } from "./params";

/** GET /organizations: basic fields; `full` nests locations, phones and services, `full_service` whole services. */
export async function listOrganizations(
  db: Executor,
  params: OrganizationListParams,
): Promise<Page<HsdsObject> | NdjsonResult> {
  if (params.format === "ndjson") {
    return ndjsonOf((page) =>
      listOrganizationsPage(db, { ...params, page, per_page: NDJSON_PAGE_SIZE }),
    );
  }
  return listOrganizationsPage(db, params);
}

async function listOrganizationsPage(
  db: Executor,
  params: OrganizationListParams,
): Promise<Page<HsdsObject>> {
  const clauses = [sql`o.verification_state <> 'rejected'`];
  if (params.search) clauses.push(organizationSearch(params.search));
  const from = sql`FROM organizations o WHERE ${whereOf(clauses)}`;
  const [rows, totals] = await Promise.all([
    queryRows<{ id: string }>(
      db,
      sql`SELECT o.id ${from} ORDER BY o.name, o.id LIMIT ${params.per_page} OFFSET ${offsetOf(params.page, params.per_page)}`,
    ),
    queryRows<{ total: number }>(db, sql`SELECT count(*)::int AS total ${from}`),
  ]);
  const ids = rows.map((r) => r.id);
  const total = totals[0]?.total ?? 0;
  let contents: HsdsObject[];
  if (params.full || params.full_service) {
    const bundle = await loadPublicBundle(db, { organizationIds: ids });
    const assemble = createAssembler(bundle);
    contents = bundle.organizations.map((o) => assemble.organizationFull(o, params.full_service));
  } else {
    const orgRows = ids.length
      ? await db.select().from(organizations).where(inArray(organizations.id, ids))
      : [];
    contents = orgRows.map(organizationObject);
  }
  const order = new Map(ids.map((id, i) => [id, i]));
  contents.sort((a, b) => (order.get(a.id as string) ?? 0) - (order.get(b.id as string) ?? 0));
  return toPage(contents, total, params.page, params.per_page);
}

/** GET /organizations/{id}: the nested organization; its services basic unless `full_service`. */
export async function getOrganization(
  db: Executor,
  id: string,
  params: OrganizationParams,
): Promise<HsdsObject> {
  const bundle = await loadPublicBundle(db, { organizationIds: [id] });
  const org = bundle.organizations[0];
  if (!org) throw notFound("organization", id);
  return createAssembler(bundle).organizationFull(org, params.full_service);
}
