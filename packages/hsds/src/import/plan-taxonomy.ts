import { PUENTE_TAXONOMY_ID, taxonomyTermDefinitions } from "@puente/db/directory";
import { str, type Known, type Plan, type PlannedRow } from "./plan";
import type { Problems } from "./problems";
import type { ValidRow } from "./validate";

/**
 * Taxonomies and their terms. Puente's own taxonomy is left as ensureTaxonomy wrote it; other
 * terms are upserted, parents before children, with a unique code.
 */

const puenteTermIds = new Set(taxonomyTermDefinitions.map((t) => t.id));

export function planTaxonomy(rows: ValidRow[], known: Known, plan: Plan, problems: Problems) {
  for (const row of rows.filter((r) => r.table === "taxonomy")) {
    const id = String(row.values.id);
    if (id === PUENTE_TAXONOMY_ID && known.taxonomies.has(id)) {
      plan.kept++;
      continue;
    }
    known.taxonomies.add(id);
    plan.rows.push({
      table: "taxonomy",
      id,
      where: row.where,
      values: {
        name: str(row.values, "name"),
        description: str(row.values, "description"),
        uri: str(row.values, "uri") ?? null,
        version: str(row.values, "version") ?? null,
      },
    });
  }
  const terms = rows.filter((r) => r.table === "taxonomy_term");
  const accepted: { row: ValidRow; planned: PlannedRow }[] = [];
  for (const row of terms) {
    const id = String(row.values.id);
    // Puente's own terms carry its Spanish labels and feed its filters: an import never rewrites them.
    if (puenteTermIds.has(id) && known.terms.has(id)) {
      plan.kept++;
      known.terms.add(id);
      continue;
    }
    const code = str(row.values, "code") ?? id;
    const owner = known.termCodes.get(code);
    if (owner && owner !== id) {
      problems.error(
        row.where,
        `Rejected taxonomy_term: code "${code}" already belongs to term ${owner}.`,
      );
      known.reject(row);
      continue;
    }
    known.termCodes.set(code, id);
    known.terms.add(id);
    const name = str(row.values, "name");
    const description = str(row.values, "description");
    const planned: PlannedRow = {
      table: "taxonomy_term",
      id,
      where: row.where,
      values: {
        code,
        name,
        description,
        termUri: str(row.values, "term_uri") ?? null,
        parentId: null,
        taxonomyId: null,
      },
      // HSDS terms have one language; Puente's Spanish label starts as the same text.
      insertOnly: { nameEs: name, descriptionEs: description },
    };
    accepted.push({ row, planned });
  }
  for (const { row, planned } of accepted) {
    const parent = str(row.values, "parent_id");
    if (parent && known.terms.has(parent)) planned.values.parentId = parent;
    else if (parent)
      problems.warn(
        row.where,
        `taxonomy_term ${planned.id}: parent_id ${parent} is not a known term; stored without a parent.`,
      );
    const taxonomy = str(row.values, "taxonomy_id");
    if (taxonomy && known.taxonomies.has(taxonomy)) planned.values.taxonomyId = taxonomy;
    else if (taxonomy)
      problems.warn(
        row.where,
        `taxonomy_term ${planned.id}: taxonomy_id ${taxonomy} is not a known taxonomy; stored without one.`,
      );
  }
  // Parents before children, so the self-reference holds at every insert.
  const ids = new Set(accepted.map((a) => a.planned.id));
  const placed = new Set<string>();
  const visit = (entry: (typeof accepted)[number], depth = 0) => {
    if (placed.has(entry.planned.id) || depth > 50) return;
    const parent = entry.planned.values.parentId as string | null;
    const parentEntry =
      parent && ids.has(parent) ? accepted.find((a) => a.planned.id === parent) : undefined;
    if (parentEntry) visit(parentEntry, depth + 1);
    placed.add(entry.planned.id);
    plan.rows.push(entry.planned);
  };
  accepted.forEach((a) => visit(a));
}
