import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows } from "./query-rows";
import { createTestDatabase } from "./testing";

describe("database client", () => {
  it.runIf(process.env.TEST_DATABASE_URL)("turns PostgreSQL's JIT off for the app's connections", async () => {
    const handle = await createTestDatabase();
    try {
      expect(await queryRows(handle.db, sql`SELECT current_setting('jit') AS jit`)).toEqual([{ jit: "off" }]);
    } finally {
      await handle.close();
    }
  });
});
