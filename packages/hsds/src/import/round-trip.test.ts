import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DatabaseHandle } from "@puente/db";
import { ensureTaxonomy } from "@puente/db/directory";
import { createTestDatabase } from "@puente/db/testing";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportHsdsFiles, exportHsdsToFolder } from "../export";
import { seedListing } from "../testing/fixtures";
import { importHsds } from "./import-hsds";
import { formatReport } from "./report";

// The descriptor carries its creation time and services their own last_modified: the rest must match.
const comparable = (files: Map<string, string>) =>
  new Map(
    [...files]
      .filter(([name]) => name !== "datapackage.json")
      .map(([name, text]) => [name, text.replace(/,\d{4}-\d{2}-\d{2}T[\d:.]+Z$/gm, ",")]),
  );

describe("export → import → export", () => {
  let source: DatabaseHandle;
  let target: DatabaseHandle;
  let folder: string;
  // Two databases, made one after the other: on a busy 2-core runner two PGlite migrations at once can pass a minute.
  beforeAll(async () => {
    source = await createTestDatabase();
    await seedListing(source.db);
    target = await createTestDatabase();
    await ensureTaxonomy(target.db);
    folder = await mkdtemp(path.join(tmpdir(), "puente-hsds-"));
  }, 180_000);
  afterAll(async () => {
    await Promise.all([
      source?.close(),
      target?.close(),
      rm(folder, { recursive: true, force: true }),
    ]);
  });

  it("reproduces the public listing exactly, and a re-import is a no-op", async () => {
    const summary = await exportHsdsToFolder(source.db, folder);
    expect(summary.files.find((f) => f.name === "services.csv")?.rows).toBe(2);
    const first = await importHsds(target.db, folder);
    expect(first.errors, formatReport(first)).toEqual([]);
    expect(first.counts).toMatchObject({
      organization: { inserted: 1 },
      service: { inserted: 2 },
      location: { inserted: 1 },
      attribute: { inserted: 2 },
    });
    // Puente's own taxonomy is in both databases and is left alone.
    expect(first.kept).toBe(18);
    expect(comparable(await exportHsdsFiles(target.db))).toEqual(
      comparable(await exportHsdsFiles(source.db)),
    );

    const again = await importHsds(target.db, folder);
    const changed = Object.values(again.counts ?? {}).reduce(
      (n, c) => n + c.inserted + c.updated,
      0,
    );
    expect(changed, formatReport(again)).toBe(0);
  });

  it("reads the same package from a zip, with or without a top folder", async () => {
    const files = await exportHsdsFiles(source.db);
    const zip = zipSync(
      Object.fromEntries([...files].map(([name, text]) => [`puente-hsds/${name}`, strToU8(text)])),
    );
    const zipPath = path.join(folder, "package.zip");
    await import("node:fs/promises").then((fs) => fs.writeFile(zipPath, zip));
    const report = await importHsds(target.db, zipPath);
    expect(report.errors, formatReport(report)).toEqual([]);
    expect(report.counts?.service).toEqual({ inserted: 0, updated: 0, unchanged: 2 });
  });
});
