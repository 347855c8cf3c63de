import { queryRows, type Executor } from "@puente/db";
import { sql } from "drizzle-orm";
import { createAssembler } from "../serialize/assemble";
import type { HsdsObject } from "../serialize/objects";
import { loadPublicBundle } from "../serialize/public-rows";
import { notFound } from "./errors";
import { postcodeClause, serviceClauses, serviceRank, whereOf } from "./filters";
import { NDJSON_PAGE_SIZE, ndjsonOf, offsetOf, toPage, type NdjsonResult, type Page } from "./page";
import type { ServiceAtLocationListParams } from "./params";

interface SalRow {
  id: string;
  service_id: string;
  service_org: string;
  location_org: string;
}

// A confidential location has no service_at_location in HSDS at all (see README, Confidentiality).
const FROM = sql`FROM service_at_locations sal
  JOIN services s ON s.id = sal.service_id
  JOIN organizations o ON o.id = s.organization_id
  JOIN locations l ON l.id = sal.location_id AND l.confidentiality = 'public'`;

/** GET /service_at_locations, with the service filters plus postcode and proximity. */
export async function listServiceAtLocations(
  db: Executor,
  params: ServiceAtLocationListParams,
): Promise<Page<HsdsObject> | NdjsonResult> {
  // Checked before streaming starts, so an unknown postcode is still a 400.
  const clauses = serviceClauses(params);
  if (params.postcode) clauses.push(postcodeClause(params.postcode, params.proximity));
  if (params.format === "ndjson") {
    return ndjsonOf((page) =>
      listPage(db, { ...params, page, per_page: NDJSON_PAGE_SIZE }, clauses),
    );
  }
  return listPage(db, params, clauses);
}

async function listPage(
  db: Executor,
  params: ServiceAtLocationListParams,
  clauses: ReturnType<typeof serviceClauses>,
): Promise<Page<HsdsObject>> {
  const where = whereOf(clauses);
  const order = params.search
    ? sql`${serviceRank(params.search)} DESC NULLS LAST, s.name, l.name, sal.id`
    : sql`s.name, l.name, sal.id`;
  const [rows, totals] = await Promise.all([
    queryRows<SalRow>(
      db,
      sql`SELECT sal.id, sal.service_id, s.organization_id AS service_org, l.organization_id AS location_org
          ${FROM} WHERE ${where} ORDER BY ${order}
          LIMIT ${params.per_page} OFFSET ${offsetOf(params.page, params.per_page)}`,
    ),
    queryRows<{ total: number }>(db, sql`SELECT count(*)::int AS total ${FROM} WHERE ${where}`),
  ]);
  const bundle = await loadPublicBundle(db, {
    organizationIds: [...new Set(rows.flatMap((r) => [r.service_org, r.location_org]))],
    serviceIds: [...new Set(rows.map((r) => r.service_id))],
  });
  const assemble = createAssembler(bundle);
  const byId = new Map(bundle.serviceAtLocations.map((sal) => [sal.id, sal]));
  const contents = rows.flatMap((r) => {
    const sal = byId.get(r.id);
    if (!sal) return [];
    return [params.full ? assemble.salFull(sal, true) : assemble.salListItem(sal)];
  });
  return toPage(contents, totals[0]?.total ?? 0, params.page, params.per_page);
}

/** GET /service_at_locations/{id}: the pair with its full location and full service. */
export async function getServiceAtLocation(db: Executor, id: string): Promise<HsdsObject> {
  const [row] = await queryRows<SalRow>(
    db,
    sql`SELECT sal.id, sal.service_id, s.organization_id AS service_org, l.organization_id AS location_org
        ${FROM} WHERE sal.id = ${id}::uuid AND o.verification_state <> 'rejected'`,
  );
  const bundle = row
    ? await loadPublicBundle(db, {
        organizationIds: [row.service_org, row.location_org],
        serviceIds: [row.service_id],
      })
    : undefined;
  const sal = bundle?.serviceAtLocations.find((s) => s.id === id);
  if (!bundle || !sal) throw notFound("service_at_location", id);
  return createAssembler(bundle).salFull(sal, true);
}
