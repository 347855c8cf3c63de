import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { createDatabase, databaseDriver } from "./client";
import { migrationsFolder } from "./repo-root";

/**
 * Every test file wants a freshly migrated database. Running the migrations each time costs
 * seconds per file (PGlite runs initdb, then every migration, in WebAssembly), so the migrated
 * state is built once per set of migrations and copied: a PGlite data-folder dump on disk, and a
 * PostgreSQL template database. Both are named by a hash of the migrations (and, for PGlite, of
 * the PGlite build), so a new migration builds a new template and a stale one is never used.
 */
export function migrationsFingerprint(extra = "", folder = migrationsFolder()): string {
  const hash = createHash("sha256").update(extra);
  const files = readdirSync(folder, { recursive: true, encoding: "utf8" }).sort();
  for (const file of files) {
    const full = path.join(folder, file);
    if (!file.endsWith(".sql") && !file.endsWith(".json")) continue;
    hash.update(file).update(readFileSync(full));
  }
  return hash.digest("hex").slice(0, 16);
}

/** The migrated PGlite cluster as a dump; built by the first test process that needs it. */
export async function pgliteTemplate(): Promise<Blob> {
  // The resolved path names the installed PGlite version: a dump from another version is not reused.
  const pgliteBuild = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const file = path.join(tmpdir(), `puente-pglite-template-${migrationsFingerprint(pgliteBuild)}.tar`);
  if (existsSync(file)) return new Blob([await readFile(file)]);

  const handle = createDatabase();
  try {
    await handle.migrate();
    const driver = databaseDriver(handle.db);
    if (driver.engine !== "pglite") throw new Error("Expected PGlite");
    const dump = await driver.client.dumpDataDir("none");
    // Written aside and renamed: parallel test processes never read a half-written dump.
    const partial = `${file}.${randomBytes(4).toString("hex")}.partial`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, file);
    await removeStaleDumps(file);
    return dump;
  } finally {
    await handle.close();
  }
}

/** Dumps of older migration sets, once no run can still be reading them (an hour on). */
async function removeStaleDumps(current: string): Promise<void> {
  const folder = path.dirname(current);
  for (const entry of await readdir(folder)) {
    const file = path.join(folder, entry);
    if (!entry.startsWith("puente-pglite-template-") || file === current) continue;
    const info = await stat(file).catch(() => null);
    if (info && Date.now() - info.mtimeMs > 60 * 60 * 1000) await rm(file, { force: true });
  }
}

/**
 * Name of a migrated template database on the server, created once under an advisory lock (test
 * processes start together). It is built under a temporary name and renamed when complete, so a
 * run killed half-way never leaves a half-migrated template behind. Templates of older migration
 * sets are left alone (a run still in progress may be copying one); `.ci/run` drops them all.
 */
export async function postgresTemplate(serverUrl: string): Promise<string> {
  const name = `puente_template_${migrationsFingerprint()}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin`SELECT pg_advisory_lock(hashtext('puente_test_template'))`;
    const [existing] = await admin`SELECT 1 FROM pg_database WHERE datname = ${name}`;
    if (!existing) {
      const building = `${name}_building`;
      await admin.unsafe(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await admin.unsafe(`CREATE DATABASE ${building}`);
      const url = new URL(serverUrl);
      url.pathname = `/${building}`;
      const handle = createDatabase({ url: url.toString(), maxConnections: 1 });
      try {
        await handle.migrate();
      } finally {
        await handle.close();
      }
      await admin.unsafe(`ALTER DATABASE ${building} RENAME TO ${name}`);
    }
    return name;
  } finally {
    await admin`SELECT pg_advisory_unlock(hashtext('puente_test_template'))`.catch(() => {});
    await admin.end({ timeout: 5 });
  }
}
