import { getTableColumns, sql, type SQL } from "drizzle-orm";
import { CasingCache } from "drizzle-orm/casing";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "../client";

/**
 * Bulk inserts for seeds: `INSERT … SELECT … FROM unnest($1::text[], $2::text[], …)`, one array
 * parameter per column instead of one parameter per value. Building and binding a million
 * single parameters costs more than PostgreSQL's work on the rows, so this is what lets
 * `db:seed --scale 100000` finish in minutes. Values travel as text and are cast to each
 * column's type in SQL, which both engines do the same way.
 */

/** Rows per statement: big enough to amortize a round trip, small enough to stay a few MB. */
export const ROWS_PER_STATEMENT = 2000;

const casing = new CasingCache("snake_case");

export async function bulkInsert<T extends PgTable>(
  db: Executor,
  table: T,
  rows: ReadonlyArray<T["$inferInsert"]>,
): Promise<void> {
  // Rows that leave out different columns get those columns' defaults: insert them apart.
  const groups = new Map<string, Array<Record<string, unknown>>>();
  for (const row of rows as ReadonlyArray<Record<string, unknown>>) {
    const keys = Object.keys(row).filter((k) => row[k] !== undefined);
    const signature = keys.join(",");
    const group = groups.get(signature);
    if (group) group.push(row);
    else groups.set(signature, [row]);
  }
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  for (const [signature, group] of groups) {
    const keys = signature.split(",");
    for (let i = 0; i < group.length; i += ROWS_PER_STATEMENT) {
      await db.execute(
        insertStatement(table, columns, keys, group.slice(i, i + ROWS_PER_STATEMENT)),
      );
    }
  }
}

function insertStatement(
  table: PgTable,
  columns: Record<string, PgColumn>,
  keys: string[],
  rows: Array<Record<string, unknown>>,
): SQL {
  const names: SQL[] = [];
  const casts: SQL[] = [];
  const arrays: SQL[] = [];
  keys.forEach((key, i) => {
    const column = columns[key];
    if (!column) throw new Error(`bulkInsert: ${key} is not a column`);
    names.push(sql`${sql.identifier(casing.getColumnCasing(column))}`);
    casts.push(sql.raw(`c${i}::${column.getSQLType()}`));
    arrays.push(sql`${arrayLiteral(rows.map((row) => row[key]))}::text[]`);
  });
  const aliases = sql.raw(keys.map((_, i) => `c${i}`).join(", "));
  return sql`INSERT INTO ${table} (${sql.join(names, sql`, `)})
    SELECT ${sql.join(casts, sql`, `)} FROM unnest(${sql.join(arrays, sql`, `)}) AS t(${aliases})`;
}

/** A PostgreSQL array literal of text elements: `{"a","b\"c",NULL}`. */
export function arrayLiteral(values: readonly unknown[]): string {
  return `{${values.map(element).join(",")}}`;
}

function element(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  return `"${text(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function text(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  // An array column (populations, roles) travels as its own literal, cast per row.
  if (Array.isArray(value)) return arrayLiteral(value);
  return String(value);
}
