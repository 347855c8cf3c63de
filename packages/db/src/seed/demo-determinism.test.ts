import { sql } from "drizzle-orm";
import { afterAll, expect, it } from "vitest";
import type { DatabaseHandle } from "../client";
import { createTestDatabase } from "../testing";
import { seedDemo } from "./demo";

const handles: DatabaseHandle[] = [];

afterAll(async () => {
  await Promise.all(handles.map((h) => h.close()));
});

/** What must be identical between two seeded databases, in a stable order. */
async function snapshot() {
  const handle = await createTestDatabase();
  handles.push(handle);
  await seedDemo(handle.db);
  const result = (await handle.db.execute(sql`
    SELECT o.id AS organization_id, o.name AS organization, o.slug, s.id AS service_id, s.name AS service,
           (SELECT string_agg(a.address1 || ' ' || coalesce(a.address2, '') || ' ' || a.postal_code, '; ' ORDER BY a.id)
              FROM locations l JOIN addresses a ON a.location_id = l.id WHERE l.organization_id = o.id) AS addresses
    FROM organizations o LEFT JOIN services s ON s.organization_id = o.id
    ORDER BY o.created_at, o.id, s.id`)) as unknown;
  return Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
}

it("seeds the same organizations, services and addresses, ids included, into two fresh databases", async () => {
  const first = await snapshot();
  const second = await snapshot();
  expect(first.length).toBeGreaterThan(600);
  expect(second).toEqual(first);
}, 240_000);
