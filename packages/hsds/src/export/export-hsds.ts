import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Executor } from "@puente/db";
import { strToU8, zipSync, type Zippable } from "fflate";
import { loadPublicBundle } from "../serialize/public-rows";
import { bundleTables, tablesToCsv } from "./csv-tables";
import { datapackageDescriptor } from "./datapackage";
import { hsdsTables, type TableName } from "../tables";

/**
 * The whole public directory as an HSDS CSV datapackage: datapackage.json plus one CSV per table,
 * public rows only (the bundle is read with the data-class rule in SQL; see public-rows.ts).
 */
export async function exportHsdsFiles(
  db: Executor,
  now: Date = new Date(),
): Promise<Map<string, string>> {
  return (await buildExport(db, now)).files;
}

async function buildExport(db: Executor, now: Date) {
  const tables = bundleTables(await loadPublicBundle(db));
  const files = new Map<string, string>();
  files.set("datapackage.json", JSON.stringify(datapackageDescriptor(now), null, 2) + "\n");
  for (const [name, text] of tablesToCsv(tables)) files.set(name, text);
  const rows = new Map(
    hsdsTables.map((t) => [t.path, tables.get(t.name as TableName)?.length ?? 0]),
  );
  return { files, rows };
}

export interface ExportSummary {
  folder: string;
  files: { name: string; rows: number }[];
}

/** Writes the datapackage into `folder` (created if missing; existing files of the same names are replaced). */
export async function exportHsdsToFolder(db: Executor, folder: string): Promise<ExportSummary> {
  const { files, rows } = await buildExport(db, new Date());
  await mkdir(folder, { recursive: true });
  const written: ExportSummary["files"] = [];
  for (const [name, text] of files) {
    await writeFile(path.join(folder, name), text, "utf8");
    written.push({ name, rows: rows.get(name) ?? 0 });
  }
  return { folder, files: written };
}

/** The datapackage as a zip built in memory, for the download route. */
export async function exportHsdsZip(db: Executor, now: Date = new Date()): Promise<Uint8Array> {
  const files = await exportHsdsFiles(db, now);
  const entries: Zippable = {};
  const mtime = now;
  for (const [name, text] of files) entries[name] = [strToU8(text), { mtime }];
  return zipSync(entries, { level: 6 });
}
