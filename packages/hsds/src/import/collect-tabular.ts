import { hsdsTables, puenteColumns, type TableDef, type TableName } from "../tables";
import type { Problems, Where } from "./problems";
import { readCsv } from "./read-csv";

export interface RawRow {
  table: TableName;
  values: Record<string, unknown>;
  where: Where;
}

const PUENTE_COLUMNS = new Set<string>(Object.values(puenteColumns));

/**
 * The specification's own example datapackage.json is a Git symlink stored as text
 * ("../../datapackage.json"); accepted with a warning, the tables then known by file name.
 */
const looksLikeSymlink = (text: string) => /^[^{}\n]*datapackage\.json\s*$/.test(text.trim());

function resourcePaths(
  text: string | undefined,
  problems: Problems,
): Map<string, string> | undefined {
  const file = "datapackage.json";
  if (text === undefined) {
    problems.error(
      { file },
      "Missing datapackage.json: an HSDS CSV datapackage describes its tables in it.",
    );
    return undefined;
  }
  let descriptor: unknown;
  try {
    descriptor = JSON.parse(text);
  } catch {
    if (looksLikeSymlink(text)) {
      problems.warn(
        { file },
        `datapackage.json only points elsewhere (${text.trim()}); tables are recognised by their HSDS file names.`,
      );
    } else {
      problems.error({ file }, "datapackage.json is not valid JSON.");
    }
    return undefined;
  }
  const resources = (descriptor as { resources?: unknown }).resources;
  if (!Array.isArray(resources)) {
    problems.error({ file }, 'datapackage.json has no "resources" list.');
    return undefined;
  }
  const paths = new Map<string, string>();
  for (const resource of resources as { name?: unknown; path?: unknown }[]) {
    if (typeof resource.name !== "string" || typeof resource.path !== "string") continue;
    if (!hsdsTables.some((t) => t.name === resource.name)) {
      problems.note(`datapackage.json resource "${resource.name}" is not an HSDS table; ignored.`);
      continue;
    }
    paths.set(resource.name, resource.path);
  }
  return paths;
}

function checkColumns(def: TableDef, file: string, header: string[], problems: Problems): boolean {
  const known = new Set(def.fields.map((f) => f.name));
  const missing = def.fields
    .filter((f) => f.required && !header.includes(f.name))
    .map((f) => f.name);
  for (const name of missing)
    problems.error({ file, line: 1 }, `Missing required column "${name}".`);
  const extra = header.filter((h) => !known.has(h) && !PUENTE_COLUMNS.has(h));
  if (extra.length) problems.note(`${file}: columns ignored (not HSDS 3.0): ${extra.join(", ")}.`);
  return missing.length === 0;
}

export function collectTabular(
  files: Map<string, string>,
  problems: Problems,
  progress: (message: string) => void,
): RawRow[] {
  const listed = resourcePaths(files.get("datapackage.json"), problems);
  const rows: RawRow[] = [];
  const used = new Set<string>(["datapackage.json"]);
  let importable = 0;
  for (const def of hsdsTables) {
    const file = listed?.get(def.name) ?? def.path;
    const text = files.get(file);
    if (text === undefined) {
      if (listed?.has(def.name))
        problems.error({ file }, `datapackage.json lists ${file}, but the file is missing.`);
      continue;
    }
    used.add(file);
    const table = readCsv(file, text, problems);
    if (!table) continue;
    if (!def.stored) {
      if (table.records.length) {
        problems.note(
          `${file}: ${table.records.length} row(s) not imported; Puente keeps no ${def.name} records.`,
        );
      }
      continue;
    }
    importable++;
    progress(`Read ${file}: ${table.records.length} row(s)`);
    if (!checkColumns(def, file, table.header, problems)) continue;
    for (const record of table.records) {
      rows.push({
        table: def.name as TableName,
        values: record.values,
        where: { file, line: record.line },
      });
    }
  }
  for (const name of files.keys())
    if (!used.has(name)) problems.note(`${name}: not an HSDS table file; ignored.`);
  if (importable === 0) {
    problems.error(
      { file: "datapackage.json" },
      `No table Puente can import: expected some of ${hsdsTables
        .filter((t) => t.stored)
        .map((t) => t.path)
        .join(", ")}.`,
    );
  }
  return rows;
}
