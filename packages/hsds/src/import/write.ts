import type { Executor } from "@puente/db";
import {
  addresses,
  contacts,
  listingHistory,
  locations,
  organizations,
  phones,
  schedules,
  serviceAreas,
  serviceAtLocations,
  serviceLanguages,
  services,
  serviceTaxonomyTerms,
  taxonomies,
  taxonomyTerms,
} from "@puente/db/schema";
import { and, eq, inArray } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { writeOrder, type Plan, type PlannedRow, type WriteTable } from "./plan";

const tables: Record<WriteTable, PgTable & { id: typeof organizations.id }> = {
  taxonomy: taxonomies,
  taxonomy_term: taxonomyTerms,
  organization: organizations,
  service: services,
  location: locations,
  address: addresses,
  contact: contacts,
  phone: phones,
  language: serviceLanguages,
  schedule: schedules,
  service_at_location: serviceAtLocations,
  service_area: serviceAreas,
} as unknown as Record<WriteTable, PgTable & { id: typeof organizations.id }>;

export interface Counts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export type WriteCounts = Record<WriteTable | "attribute", Counts>;

export interface WriteResult {
  counts: WriteCounts;
  /** Listings with at least one inserted or updated row. */
  touched: Map<
    string,
    { inserted: number; updated: number; diff: Record<string, { from: unknown; to: unknown }> }
  >;
}

const same = (a: unknown, b: unknown) =>
  (a ?? null) === (b ?? null) ||
  (typeof a === "number" && typeof b === "number" && Math.abs(a - b) < 1e-9);

const CHUNK = 200;

/**
 * Upserts a plan by id inside the caller's transaction. Each row is compared with what is
 * stored, so a second import of the same input updates nothing and says so; only the fields
 * HSDS carries are compared and written, so Puente's own fields (verification, populations,
 * Spanish labels) survive a re-import.
 */
export async function writePlan(tx: Executor, plan: Plan): Promise<WriteResult> {
  const counts = Object.fromEntries(
    [...writeOrder, "attribute"].map((t) => [t, { inserted: 0, updated: 0, unchanged: 0 }]),
  ) as WriteCounts;
  const touched: WriteResult["touched"] = new Map();
  const touch = (org: string | undefined, kind: "inserted" | "updated") => {
    if (!org) return;
    const entry = touched.get(org) ?? { inserted: 0, updated: 0, diff: {} };
    entry[kind]++;
    touched.set(org, entry);
  };

  for (const name of writeOrder) {
    const planned = plan.rows.filter((r) => r.table === name);
    if (planned.length === 0) continue;
    const table = tables[name];
    const existing = new Map<string, Record<string, unknown>>();
    for (let i = 0; i < planned.length; i += CHUNK) {
      const ids = planned.slice(i, i + CHUNK).map((r) => r.id);
      const rows = (await tx.select().from(table).where(inArray(table.id, ids))) as Record<
        string,
        unknown
      >[];
      for (const row of rows) existing.set(row.id as string, row);
    }
    const inserts: PlannedRow[] = [];
    for (const row of planned) {
      const stored = existing.get(row.id);
      if (!stored) {
        inserts.push(row);
        continue;
      }
      const changed = Object.fromEntries(
        Object.entries(row.values).filter(([k, v]) => !same(stored[k], v)),
      );
      if (Object.keys(changed).length === 0) {
        counts[name].unchanged++;
        continue;
      }
      await tx.update(table).set(changed).where(eq(table.id, row.id));
      counts[name].updated++;
      touch(row.organizationId, "updated");
      if (name === "organization") {
        const diff = touched.get(row.id)!.diff;
        for (const [k, v] of Object.entries(changed)) diff[k] = { from: stored[k] ?? null, to: v };
      }
    }
    for (let i = 0; i < inserts.length; i += CHUNK) {
      const chunk = inserts.slice(i, i + CHUNK);
      await tx.insert(table).values(chunk.map((r) => ({ ...r.insertOnly, ...r.values, id: r.id })));
    }
    for (const row of inserts) {
      counts[name].inserted++;
      touch(row.organizationId, "inserted");
    }
  }

  for (const a of plan.attributes) {
    const [found] = await tx
      .select({ serviceId: serviceTaxonomyTerms.serviceId })
      .from(serviceTaxonomyTerms)
      .where(
        and(
          eq(serviceTaxonomyTerms.serviceId, a.serviceId),
          eq(serviceTaxonomyTerms.taxonomyTermId, a.taxonomyTermId),
        ),
      );
    if (found) {
      counts.attribute.unchanged++;
      continue;
    }
    await tx
      .insert(serviceTaxonomyTerms)
      .values({ serviceId: a.serviceId, taxonomyTermId: a.taxonomyTermId })
      .onConflictDoNothing();
    counts.attribute.inserted++;
    touch(a.organizationId, "inserted");
  }
  return { counts, touched };
}

/** One "imported" history row per listing the import changed, with its organization-field diff. */
export async function recordHistory(tx: Executor, touched: WriteResult["touched"], source: string) {
  const rows = [...touched].map(([organizationId, t]) => ({
    organizationId,
    actorId: null,
    kind: "imported",
    diff: {
      ...t.diff,
      hsds_import: { from: null, to: { source, inserted: t.inserted, updated: t.updated } },
    },
  }));
  for (let i = 0; i < rows.length; i += CHUNK)
    await tx.insert(listingHistory).values(rows.slice(i, i + CHUNK));
}
