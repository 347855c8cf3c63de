import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { DatabaseHandle } from "../client";
import { organizations } from "../schema";
import { createTestDatabase } from "../testing";
import { bulkInsert } from "./bulk-insert";
import { seedScale } from "./scale";

let handle: DatabaseHandle;

async function count(query: ReturnType<typeof sql>): Promise<number> {
  const result = (await handle.db.execute(query)) as unknown;
  const list = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{
    n: number;
  }>;
  return Number(list[0]!.n);
}

beforeAll(async () => {
  handle = await createTestDatabase();
}, 120_000);

afterAll(async () => {
  await handle?.close();
});

it("adds N organizations with services, places and search entries, spread over every state", async () => {
  const progress: number[] = [];
  const result = await seedScale(handle.db, 500, {
    batchSize: 200,
    onProgress: (p) => progress.push(p.organizations),
  });
  expect(result.organizations).toBe(500);
  expect(progress).toEqual([200, 400, 500]);
  expect(await count(sql`SELECT count(*)::int AS n FROM organizations`)).toBe(500);
  expect(await count(sql`SELECT count(DISTINCT organization_id)::int AS n FROM services`)).toBe(
    500,
  );
  expect(await count(sql`SELECT count(DISTINCT state_code)::int AS n FROM locations`)).toBe(51);
  expect(await count(sql`SELECT count(*)::int AS n FROM languages`)).toBeGreaterThan(500);
  expect(await count(sql`SELECT count(*)::int AS n FROM service_areas`)).toBeGreaterThanOrEqual(
    500,
  );
  expect(await count(sql`SELECT count(*)::int AS n FROM directory_search_entries`)).toBe(
    await count(sql`SELECT count(*)::int AS n FROM services WHERE status = 'active'`),
  );
  expect(
    await count(
      sql`SELECT count(*)::int AS n FROM locations WHERE confidentiality = 'members' AND public_latitude = latitude`,
    ),
  ).toBe(0);
}, 120_000);

it("continues after the organizations an earlier run added", async () => {
  await seedScale(handle.db, 20);
  expect(await count(sql`SELECT count(*)::int AS n FROM organizations`)).toBe(520);
  expect(await count(sql`SELECT count(DISTINCT slug)::int AS n FROM organizations`)).toBe(520);
}, 60_000);

it("bulk-inserts text that needs quoting, unchanged", async () => {
  const name = 'Quote " backslash \\ comma, {braces} and NULL';
  await bulkInsert(handle.db, organizations, [
    {
      name,
      slug: "quoting-check",
      kind: "other",
      state: "GA",
      populations: ["women", 'odd "one"'],
    },
  ]);
  const [row] = await handle.db
    .select()
    .from(organizations)
    .where(eq(organizations.slug, "quoting-check"));
  expect(row).toMatchObject({
    name,
    populations: ["women", 'odd "one"'],
    city: null,
    verificationState: "unverified",
  });
});
