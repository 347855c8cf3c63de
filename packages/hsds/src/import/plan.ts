import type { Executor } from "@puente/db";
import {
  contacts,
  locations,
  organizations,
  serviceAtLocations,
  services,
  taxonomies,
  taxonomyTerms,
} from "@puente/db/schema";
import { inArray } from "drizzle-orm";
import type { TableName } from "../tables";
import type { Problems, Where } from "./problems";
import type { RowValues, ValidRow } from "./validate";

/** Puente tables an import writes, in an order that satisfies their foreign keys. */
export const writeOrder = [
  "taxonomy",
  "taxonomy_term",
  "organization",
  "service",
  "location",
  "address",
  "contact",
  "phone",
  "language",
  "schedule",
  "service_at_location",
  "service_area",
] as const;
export type WriteTable = (typeof writeOrder)[number];

/** One row to upsert: `values` are compared and written; `insertOnly` only when the row is new. */
export interface PlannedRow {
  table: WriteTable;
  id: string;
  values: Record<string, unknown>;
  insertOnly?: Record<string, unknown>;
  /** The listing the row belongs to, for the search refresh and the history; none for taxonomy. */
  organizationId?: string;
  where: Where;
}

export interface PlannedAttribute {
  serviceId: string;
  taxonomyTermId: string;
  organizationId: string;
  where: Where;
}

export interface Plan {
  rows: PlannedRow[];
  attributes: PlannedAttribute[];
  /** Rows that name Puente's own taxonomy: left as ensureTaxonomy wrote them. */
  kept: number;
}

/**
 * What the rows being planned can point at: what this import accepted so far, and what the
 * directory already holds. `rejected` remembers refused ids so a dependent row's message can
 * say why its reference failed.
 */
export class Known {
  readonly organizations = new Set<string>();
  readonly serviceOrg = new Map<string, string>();
  readonly locationOrg = new Map<string, string>();
  readonly contactOrg = new Map<string, string | null>();
  readonly sal = new Map<string, { serviceId: string; locationId: string }>();
  readonly terms = new Set<string>();
  readonly termCodes = new Map<string, string>();
  readonly taxonomies = new Set<string>();
  readonly existingOrgs = new Set<string>();
  readonly rejected = new Set<string>();

  reject(row: ValidRow) {
    this.rejected.add(`${row.table}:${String(row.values.id)}`);
  }

  /** Why a reference cannot be followed, for the report. */
  missing(table: TableName, id: string, field: string): string {
    return this.rejected.has(`${table}:${id}`)
      ? `${field} ${id} names a ${table} that was rejected`
      : `${field} ${id} is neither in this import nor in the directory`;
  }
}

const ids = (rows: ValidRow[], ...fields: string[]) => {
  const found = new Set<string>();
  for (const row of rows)
    for (const f of fields)
      if (typeof row.values[f] === "string") found.add(row.values[f] as string);
  return [...found];
};

/** Reads the directory's side of every reference the input makes, in a handful of queries. */
export async function loadKnown(db: Executor, rows: ValidRow[]): Promise<Known> {
  const known = new Known();
  const orgIds = ids(rows, "organization_id", "id");
  const serviceIds = ids(rows, "service_id", "link_id", "id");
  const locationIds = ids(rows, "location_id", "id");
  const contactIds = ids(rows, "contact_id", "id");
  const salIds = ids(rows, "service_at_location_id", "id");
  const chunked = <T>(list: string[], run: (chunk: string[]) => Promise<T[]>) =>
    Promise.all(
      Array.from({ length: Math.ceil(list.length / 1000) }, (_, i) =>
        run(list.slice(i * 1000, i * 1000 + 1000)),
      ),
    ).then((parts) => parts.flat());
  const [orgRows, serviceRows, locationRows, contactRows, salRows, termRows, taxonomyRows] =
    await Promise.all([
      chunked(orgIds, (c) =>
        db.select({ id: organizations.id }).from(organizations).where(inArray(organizations.id, c)),
      ),
      chunked(serviceIds, (c) =>
        db
          .select({ id: services.id, org: services.organizationId })
          .from(services)
          .where(inArray(services.id, c)),
      ),
      chunked(locationIds, (c) =>
        db
          .select({ id: locations.id, org: locations.organizationId })
          .from(locations)
          .where(inArray(locations.id, c)),
      ),
      chunked(contactIds, (c) =>
        db
          .select({ id: contacts.id, org: contacts.organizationId })
          .from(contacts)
          .where(inArray(contacts.id, c)),
      ),
      chunked(salIds, (c) =>
        db
          .select({
            id: serviceAtLocations.id,
            serviceId: serviceAtLocations.serviceId,
            locationId: serviceAtLocations.locationId,
          })
          .from(serviceAtLocations)
          .where(inArray(serviceAtLocations.id, c)),
      ),
      db.select({ id: taxonomyTerms.id, code: taxonomyTerms.code }).from(taxonomyTerms),
      db.select({ id: taxonomies.id }).from(taxonomies),
    ]);
  for (const o of orgRows) {
    known.organizations.add(o.id);
    known.existingOrgs.add(o.id);
  }
  for (const s of serviceRows) known.serviceOrg.set(s.id, s.org);
  for (const l of locationRows) known.locationOrg.set(l.id, l.org);
  for (const c of contactRows) known.contactOrg.set(c.id, c.org);
  for (const s of salRows)
    known.sal.set(s.id, { serviceId: s.serviceId, locationId: s.locationId });
  for (const t of termRows) {
    known.terms.add(t.id);
    known.termCodes.set(t.code, t.id);
  }
  for (const t of taxonomyRows) known.taxonomies.add(t.id);
  return known;
}

export const str = (values: RowValues, field: string): string | undefined => {
  const v = values[field];
  return v === undefined ? undefined : String(v);
};

export const num = (values: RowValues, field: string): number | undefined => {
  const v = values[field];
  return typeof v === "number" ? v : undefined;
};

/** Follows an optional reference: kept when it resolves, dropped with a warning when it does not. */
export function optionalRef(
  row: ValidRow,
  field: string,
  table: TableName,
  resolves: (id: string) => boolean,
  known: Known,
  problems: Problems,
): string | undefined {
  const id = str(row.values, field);
  if (!id) return undefined;
  if (resolves(id)) return id;
  problems.warn(
    row.where,
    `${row.table} ${String(row.values.id)}: ${known.missing(table, id, field)}; link dropped.`,
  );
  return undefined;
}

/** A service_at_location id stands for its service and location where Puente has no such link. */
export function viaSal(row: ValidRow, known: Known) {
  const id = str(row.values, "service_at_location_id");
  return id ? known.sal.get(id) : undefined;
}

export const rowsOf = (rows: ValidRow[], table: ValidRow["table"]) =>
  rows.filter((r) => r.table === table);

/** The row's service: its own `service_id` when that resolves, else its service_at_location's. */
export function serviceOf(row: ValidRow, known: Known, problems: Problems): string | undefined {
  return (
    optionalRef(row, "service_id", "service", (id) => known.serviceOrg.has(id), known, problems) ??
    viaSal(row, known)?.serviceId
  );
}

/** The row's location: its own `location_id` when that resolves, else its service_at_location's. */
export function locationOf(row: ValidRow, known: Known, problems: Problems): string | undefined {
  return (
    optionalRef(
      row,
      "location_id",
      "location",
      (id) => known.locationOrg.has(id),
      known,
      problems,
    ) ?? viaSal(row, known)?.locationId
  );
}
