import type { DatabaseHandle } from "@puente/db";
import type { SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type postgres from "postgres";

const dialect = new PgDialect({ casing: "snake_case" });

/**
 * The lines of `EXPLAIN (ANALYZE, BUFFERS, SUMMARY)` for one statement on PostgreSQL, from the
 * last of a few runs: a new connection's first plans also fill its catalog caches, which would
 * overstate planning time.
 */
export async function explainAnalyze(handle: DatabaseHandle, statement: SQL, runs = 4): Promise<string[]> {
  const q = dialect.sqlToQuery(statement);
  const client = (handle.db as unknown as { $client: postgres.Sql }).$client;
  let plan: postgres.RowList<postgres.Row[]> | undefined;
  for (let i = 0; i < runs; i++) {
    plan = await client.unsafe(`EXPLAIN (ANALYZE, BUFFERS, SUMMARY) ${q.sql}`, q.params as never[]);
  }
  return plan!.map((row) => String(Object.values(row)[0]));
}
