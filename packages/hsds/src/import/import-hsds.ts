import path from "node:path";
import type { Executor } from "@puente/db";
import { refreshSearchEntries } from "@puente/db/directory";
import { hsdsTables, type TableName } from "../tables";
import { collectJson } from "./collect-json";
import { collectTabular, type RawRow } from "./collect-tabular";
import { loadKnown, type Plan } from "./plan";
import { planContacts, planPhones, planServiceAtLocations } from "./plan-details";
import { planAttributes, planServiceAreas, planServiceDetails } from "./plan-service-facts";
import { planTaxonomy } from "./plan-taxonomy";
import {
  placeOrganizations,
  planAddresses,
  planLocations,
  planOrganizations,
  planServices,
} from "./plan-listing";
import { Problems, type Problem } from "./problems";
import { InputError, resolveInput, type HsdsInputLike } from "./read-input";
import { validateRows } from "./validate";
import { recordHistory, writePlan, type WriteCounts } from "./write";

export interface ImportOptions {
  /** Import the valid rows even when some are rejected (the rejected ones are still reported). */
  skipInvalid?: boolean;
  /** Force the HSDS object type of a JSON input's top-level items when it cannot be told from its fields. */
  jsonType?: TableName;
  /** Progress lines ("Read services.csv: 12 rows"); the CLI prints them to stderr. */
  onProgress?: (message: string) => void;
}

export interface ImportReport {
  source: string;
  /** True when the import wrote (or would have written nothing new): exit code 0. */
  ok: boolean;
  /** Whether the transaction committed. False when anything was refused without --skip-invalid. */
  written: boolean;
  rowsRead: number;
  errors: Problem[];
  warnings: Problem[];
  notes: string[];
  counts: WriteCounts | null;
  /** Puente taxonomy rows in the input, left as Puente defines them. */
  kept: number;
  organizationsTouched: string[];
}

/**
 * Imports an HSDS CSV datapackage or HSDS JSON into the directory in one transaction: read,
 * validate every row, check every reference, then upsert by id, refresh the search rows of the
 * listings it touched and record their history. Without `skipInvalid` a single rejected row
 * (or an unusable file) means nothing is written.
 */
export async function importHsds(
  db: Executor,
  input: HsdsInputLike,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const progress = options.onProgress ?? (() => {});
  const problems = new Problems();
  let source =
    typeof input === "string"
      ? input
      : "source" in input && input.source
        ? input.source
        : "(in memory)";
  const report = (rowsRead: number, extra: Partial<ImportReport> = {}): ImportReport => ({
    source,
    ok: false,
    written: false,
    rowsRead,
    errors: problems.errors,
    warnings: problems.warnings,
    notes: problems.notes,
    counts: null,
    kept: 0,
    organizationsTouched: [],
    ...extra,
  });

  let raw: RawRow[];
  try {
    const resolved = await resolveInput(input);
    source = resolved.source;
    raw =
      resolved.kind === "json"
        ? collectJson(resolved.file, resolved.text, problems, options.jsonType)
        : collectTabular(resolved.files, problems, progress);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    problems.error({ file: source }, error.message);
    return report(0);
  }
  const stored = new Set(hsdsTables.filter((t) => t.stored).map((t) => t.name));
  const skipped = raw.filter((r) => !stored.has(r.table));
  for (const table of new Set(skipped.map((r) => r.table))) {
    problems.note(
      `${skipped.filter((r) => r.table === table).length} ${table} record(s) not imported; Puente keeps no ${table} records.`,
    );
  }
  raw = raw.filter((r) => stored.has(r.table));
  // A file that could not be read at all leaves nothing to import safely, --skip-invalid or not.
  const fileErrors = problems.errors.length;
  progress(`Validating ${raw.length} row(s)`);
  const { valid, rejected } = validateRows(raw, problems);
  if (fileErrors > 0 || (problems.errors.length > 0 && !options.skipInvalid))
    return report(raw.length);

  return db.transaction(async (tx) => {
    progress("Checking references");
    const known = await loadKnown(tx, valid);
    const plan: Plan = { rows: [], attributes: [], kept: 0 };
    for (const key of rejected) known.rejected.add(key);
    planTaxonomy(valid, known, plan, problems);
    planOrganizations(valid, known, plan);
    planServices(valid, known, plan, problems);
    planLocations(valid, known, plan, problems);
    placeOrganizations(known, plan, problems);
    planAddresses(valid, known, plan, problems);
    planServiceAtLocations(valid, known, plan, problems);
    planContacts(valid, known, plan, problems);
    planPhones(valid, known, plan, problems);
    planServiceDetails(valid, known, plan, problems);
    planServiceAreas(valid, known, plan, problems);
    planAttributes(valid, known, plan, problems);
    if (problems.errors.length > 0 && !options.skipInvalid)
      return report(raw.length, { kept: plan.kept });

    progress(`Writing ${plan.rows.length + plan.attributes.length} row(s)`);
    const { counts, touched } = await writePlan(tx, plan);
    const organizationIds = [...touched.keys()];
    if (organizationIds.length) {
      progress(`Refreshing search for ${organizationIds.length} listing(s)`);
      await refreshSearchEntries(tx, organizationIds);
      await recordHistory(tx, touched, path.basename(source));
    }
    return report(raw.length, {
      ok: true,
      written: true,
      counts,
      kept: plan.kept,
      organizationsTouched: organizationIds,
    });
  });
}
