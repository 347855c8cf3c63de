import type { SQL } from "drizzle-orm";
import type { Executor } from "./client";

/**
 * Runs raw SQL and returns plain rows on either engine: postgres.js answers with an array,
 * PGlite with `{ rows }`. Cast bigint and date columns in SQL (::int, ::text) so both engines
 * return the same JavaScript types.
 */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
