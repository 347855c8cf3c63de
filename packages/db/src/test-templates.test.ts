import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows } from "./query-rows";
import { migrationsFingerprint } from "./test-templates";
import { createTestDatabase } from "./testing";

describe("test database templates", () => {
  it("hands out migrated databases that are independent copies", async () => {
    const first = await createTestDatabase();
    const second = await createTestDatabase();
    try {
      await first.db.execute(sql`CREATE TABLE template_probe (id int)`);
      const probe = sql`SELECT to_regclass('template_probe')::text AS name`;
      expect(await queryRows(first.db, probe)).toEqual([{ name: "template_probe" }]);
      expect(await queryRows(second.db, probe)).toEqual([{ name: null }]);
      // Migrated: the spine's tables are there.
      expect(await queryRows(second.db, sql`SELECT to_regclass('users')::text AS name`)).toEqual([{ name: "users" }]);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it("names a template after the migrations, so a new migration builds a new one", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "puente-migrations-"));
    writeFileSync(path.join(folder, "0000_a.sql"), "CREATE TABLE a (id int);");
    const before = migrationsFingerprint("", folder);
    expect(migrationsFingerprint("", folder)).toBe(before);
    writeFileSync(path.join(folder, "0001_b.sql"), "CREATE TABLE b (id int);");
    expect(migrationsFingerprint("", folder)).not.toBe(before);
    expect(migrationsFingerprint("another build", folder)).not.toBe(migrationsFingerprint("", folder));
  });
});

