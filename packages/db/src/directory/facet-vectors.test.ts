import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../client";
import { queryRows } from "../query-rows";
import { seedScale } from "../seed/scale";
import { createTestDatabase } from "../testing";
import { refreshSearchEntries } from "./refresh-search-entries";

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedScale(handle.db, 40);
}, 120_000);

afterAll(async () => {
  await handle?.close();
});

interface VectorRow {
  service_id: string;
  term_vector: string;
  language_vector: string;
  population_vector: string;
  kind_vector: string;
}

const storedVectors = (table: "directory_search_entries" | "directory_search_filters") =>
  queryRows<VectorRow>(
    handle.db,
    sql`SELECT service_id, term_vector::text, language_vector::text, population_vector::text, kind_vector::text
        FROM ${sql.raw(table)} ORDER BY service_id`,
  );

/** Each entry's values read back out of its vectors, slot by slot, beside the arrays they count. */
const decoded = () =>
  queryRows<{ facet: string; from_vector: string[]; from_array: string[] }>(
    handle.db,
    sql`SELECT f.facet,
          ARRAY(SELECT p.value FROM directory_facet_positions p
                WHERE p.facet = f.facet AND div(f.vector, p.unit) % 100000000 = 1 ORDER BY p.value) AS from_vector,
          ARRAY(SELECT DISTINCT v FROM unnest(f.vals) v ORDER BY v) AS from_array
        FROM directory_search_entries e
        CROSS JOIN LATERAL (VALUES ('services', e.term_vector, e.term_codes),
                                   ('languages', e.language_vector, e.language_codes),
                                   ('populations', e.population_vector, e.populations),
                                   ('kinds', e.kind_vector, ARRAY[e.kind::text])) f(facet, vector, vals)`,
  );

describe("facet vectors", () => {
  it("hold exactly one unit for each value an entry has, and the filter rows hold the same", async () => {
    const rows = await decoded();
    expect(rows.length).toBeGreaterThanOrEqual(40 * 4);
    for (const row of rows) expect(row.from_vector, row.facet).toEqual(row.from_array);
    expect(await storedVectors("directory_search_filters")).toEqual(await storedVectors("directory_search_entries"));
  });

  it("give a value seen for the first time the next position, and count it in its entry", async () => {
    const [service] = await queryRows<{ id: string; organization_id: string }>(
      handle.db,
      sql`SELECT id, organization_id FROM services ORDER BY id LIMIT 1`,
    );
    const before = await queryRows<{ n: number }>(
      handle.db,
      sql`SELECT max(position)::int AS n FROM directory_facet_positions WHERE facet = 'languages'`,
    );
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`INSERT INTO languages (service_id, name, code) VALUES (${service!.id}::uuid, 'Mam', 'mam')`);
      await refreshSearchEntries(tx, [service!.organization_id]);
    });
    const [added] = await queryRows<{ position: number }>(
      handle.db,
      sql`SELECT position FROM directory_facet_positions WHERE facet = 'languages' AND value = 'mam'`,
    );
    expect(added?.position).toBe(before[0]!.n + 1);
    const rows = await decoded();
    for (const row of rows) expect(row.from_vector, row.facet).toEqual(row.from_array);
    expect(rows.some((r) => r.from_vector.includes("mam"))).toBe(true);
    expect(await storedVectors("directory_search_filters")).toEqual(await storedVectors("directory_search_entries"));
  });

  it("are filled in by migration 0014 for entries written before it", async () => {
    const entries = await storedVectors("directory_search_entries");
    await handle.db.execute(sql`UPDATE directory_search_entries SET term_vector = 0, language_vector = 0, population_vector = 0, kind_vector = 0`);
    await handle.db.execute(sql`UPDATE directory_search_filters SET term_vector = 0, language_vector = 0, population_vector = 0, kind_vector = 0`);
    await handle.db.execute(sql`DELETE FROM directory_facet_positions`);
    const migration = readFileSync(new URL("../../drizzle/0014_directory_facet_vectors.sql", import.meta.url), "utf8");
    const backfill = migration
      .split("--> statement-breakpoint")
      .filter((statement) => !/CREATE TABLE "|ALTER TABLE|CREATE OR REPLACE FUNCTION/.test(statement));
    expect(backfill.length).toBeGreaterThan(5);
    for (const statement of backfill) await handle.db.execute(sql.raw(statement));
    const rows = await decoded();
    for (const row of rows) expect(row.from_vector, row.facet).toEqual(row.from_array);
    expect(await storedVectors("directory_search_filters")).toEqual(await storedVectors("directory_search_entries"));
    expect((await storedVectors("directory_search_filters")).length).toBe(entries.length);
  });
});
