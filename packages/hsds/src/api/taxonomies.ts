import { queryRows, type Executor } from "@puente/db";
import { taxonomies, taxonomyTerms } from "@puente/db/schema";
import { eq, inArray, sql, type SQL } from "drizzle-orm";
import { taxonomyObject, termObject, type HsdsObject } from "../serialize/objects";
import { notFound } from "./errors";
import { tsQuery, whereOf } from "./filters";
import { NDJSON_PAGE_SIZE, ndjsonOf, offsetOf, toPage, type NdjsonResult, type Page } from "./page";
import type { TaxonomyListParams, TaxonomyTermListParams } from "./params";

/** GET /taxonomies. */
export async function listTaxonomies(
  db: Executor,
  params: TaxonomyListParams,
): Promise<Page<HsdsObject> | NdjsonResult> {
  if (params.format === "ndjson") {
    return ndjsonOf((page) =>
      listTaxonomiesPage(db, { ...params, page, per_page: NDJSON_PAGE_SIZE }),
    );
  }
  return listTaxonomiesPage(db, params);
}

async function listTaxonomiesPage(
  db: Executor,
  params: TaxonomyListParams,
): Promise<Page<HsdsObject>> {
  const clauses: SQL[] = [];
  if (params.search) {
    clauses.push(
      sql`to_tsvector('simple', puente_fold(concat_ws(' ', x.name, x.description))) @@ ${tsQuery(params.search)}`,
    );
  }
  const from = sql`FROM taxonomies x WHERE ${whereOf(clauses)}`;
  const [rows, totals] = await Promise.all([
    queryRows<{ id: string }>(
      db,
      sql`SELECT x.id ${from} ORDER BY x.name, x.id LIMIT ${params.per_page} OFFSET ${offsetOf(params.page, params.per_page)}`,
    ),
    queryRows<{ total: number }>(db, sql`SELECT count(*)::int AS total ${from}`),
  ]);
  const ids = rows.map((r) => r.id);
  const found = ids.length
    ? await db.select().from(taxonomies).where(inArray(taxonomies.id, ids))
    : [];
  const byId = new Map(found.map((t) => [t.id, t]));
  const contents = ids.flatMap((id) => {
    const t = byId.get(id);
    return t ? [taxonomyObject(t)] : [];
  });
  return toPage(contents, totals[0]?.total ?? 0, params.page, params.per_page);
}

export async function getTaxonomy(db: Executor, id: string): Promise<HsdsObject> {
  const [row] = await db.select().from(taxonomies).where(eq(taxonomies.id, id));
  if (!row) throw notFound("taxonomy", id);
  return taxonomyObject(row);
}

/**
 * GET /taxonomy_terms. `top_only` keeps terms without a parent (the top of each hierarchy, as the
 * parameter's name says; the OpenAPI description's "no child terms" reads as a typo of that).
 * Search also matches Puente's Spanish labels, though terms are published in English.
 */
export async function listTaxonomyTerms(
  db: Executor,
  params: TaxonomyTermListParams,
): Promise<Page<HsdsObject> | NdjsonResult> {
  if (params.format === "ndjson") {
    return ndjsonOf((page) => listTermsPage(db, { ...params, page, per_page: NDJSON_PAGE_SIZE }));
  }
  return listTermsPage(db, params);
}

async function listTermsPage(
  db: Executor,
  params: TaxonomyTermListParams,
): Promise<Page<HsdsObject>> {
  const clauses: SQL[] = [];
  if (params.search) {
    clauses.push(sql`to_tsvector('simple', puente_fold(concat_ws(' ', t.code, t.name, t.name_es, t.description, t.description_es)))
      @@ ${tsQuery(params.search)}`);
  }
  if (params.taxonomy_id) clauses.push(sql`t.taxonomy_id = ${params.taxonomy_id}::uuid`);
  if (params.parent_id) clauses.push(sql`t.parent_id = ${params.parent_id}::uuid`);
  if (params.top_only) clauses.push(sql`t.parent_id IS NULL`);
  const from = sql`FROM taxonomy_terms t WHERE ${whereOf(clauses)}`;
  const [rows, totals] = await Promise.all([
    queryRows<{ id: string }>(
      db,
      sql`SELECT t.id ${from} ORDER BY t.code, t.id LIMIT ${params.per_page} OFFSET ${offsetOf(params.page, params.per_page)}`,
    ),
    queryRows<{ total: number }>(db, sql`SELECT count(*)::int AS total ${from}`),
  ]);
  const ids = rows.map((r) => r.id);
  const contents = await termObjects(db, ids);
  return toPage(contents, totals[0]?.total ?? 0, params.page, params.per_page);
}

async function termObjects(db: Executor, ids: string[]): Promise<HsdsObject[]> {
  if (ids.length === 0) return [];
  const [terms, taxonomyRows] = await Promise.all([
    db.select().from(taxonomyTerms).where(inArray(taxonomyTerms.id, ids)),
    db.select().from(taxonomies),
  ]);
  const taxonomyById = new Map(taxonomyRows.map((t) => [t.id, t]));
  const byId = new Map(terms.map((t) => [t.id, t]));
  return ids.flatMap((id) => {
    const t = byId.get(id);
    return t ? [termObject(t, t.taxonomyId ? taxonomyById.get(t.taxonomyId) : undefined)] : [];
  });
}

export async function getTaxonomyTerm(db: Executor, id: string): Promise<HsdsObject> {
  const [term] = await termObjects(db, [id]);
  if (!term) throw notFound("taxonomy_term", id);
  return term;
}
