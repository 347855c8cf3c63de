import { queryRows, type Executor } from "@puente/db";
import { sql } from "drizzle-orm";
import { createAssembler } from "../serialize/assemble";
import type { HsdsObject } from "../serialize/objects";
import { loadPublicBundle } from "../serialize/public-rows";
import { notFound } from "./errors";
import { serviceClauses, serviceRank, whereOf } from "./filters";
import { NDJSON_PAGE_SIZE, ndjsonOf, offsetOf, toPage, type NdjsonResult, type Page } from "./page";
import type { ServiceListParams } from "./params";

interface ServiceIdRow {
  id: string;
  organization_id: string;
  last_modified: string;
}

/** GET /services: one-to-one fields plus the organization; `full` nests everything, `minimal` only ids. */
export async function listServices(
  db: Executor,
  params: ServiceListParams,
): Promise<Page<HsdsObject> | NdjsonResult> {
  if (params.format === "ndjson") {
    return ndjsonOf((page) =>
      listServicesPage(db, { ...params, page, per_page: NDJSON_PAGE_SIZE }),
    );
  }
  return listServicesPage(db, params);
}

async function listServicesPage(
  db: Executor,
  params: ServiceListParams,
): Promise<Page<HsdsObject>> {
  const where = whereOf(serviceClauses(params));
  const order = params.search
    ? sql`${serviceRank(params.search)} DESC NULLS LAST, s.name, s.id`
    : sql`s.name, s.id`;
  const from = sql`FROM services s JOIN organizations o ON o.id = s.organization_id WHERE ${where}`;
  const [rows, totals] = await Promise.all([
    queryRows<ServiceIdRow>(
      db,
      sql`SELECT s.id, s.organization_id,
            to_char(s.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS last_modified
          ${from} ORDER BY ${order} LIMIT ${params.per_page} OFFSET ${offsetOf(params.page, params.per_page)}`,
    ),
    queryRows<{ total: number }>(db, sql`SELECT count(*)::int AS total ${from}`),
  ]);
  const total = totals[0]?.total ?? 0;
  if (params.minimal) {
    return toPage(
      rows.map((r) => ({ id: r.id, last_modified: r.last_modified })),
      total,
      params.page,
      params.per_page,
    );
  }
  const bundle = await loadPublicBundle(db, {
    organizationIds: [...new Set(rows.map((r) => r.organization_id))],
    serviceIds: rows.map((r) => r.id),
  });
  const assemble = createAssembler(bundle);
  const byId = new Map(bundle.services.map((s) => [s.id, s]));
  const contents = rows.flatMap((r) => {
    const service = byId.get(r.id);
    if (!service) return [];
    return [params.full ? assemble.serviceFull(service) : assemble.serviceBasic(service)];
  });
  return toPage(contents, total, params.page, params.per_page);
}

/** GET /services/{id}: the fully nested service, public fields only. */
export async function getService(db: Executor, id: string): Promise<HsdsObject> {
  const [row] = await queryRows<{ organization_id: string }>(
    db,
    sql`SELECT s.organization_id FROM services s WHERE s.id = ${id}::uuid`,
  );
  const bundle = row
    ? await loadPublicBundle(db, { organizationIds: [row.organization_id], serviceIds: [id] })
    : undefined;
  const service = bundle?.services[0];
  if (!bundle || !service) throw notFound("service", id);
  return createAssembler(bundle).serviceFull(service);
}
