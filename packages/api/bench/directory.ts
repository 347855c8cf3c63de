/**
 * `pnpm bench:directory [--engines postgresql,pglite] [--sizes 1000,10000,100000] [--runs 50]`
 *
 * Seeds directories of 1k, 10k and 100k services on PostgreSQL (1k and 10k on PGlite), runs
 * representative searches and prints, per size, p50/p95 of the server's search (every statement,
 * result shaping included) next to the same SQL statements sent through the bare driver.
 * PostgreSQL databases are kept as `puente_bench_<size>` and reused when their size is right.
 *
 * `--explain "<query name>" --sizes 100000` prints, for each input of that query, the planning and
 * execution time of its statement on PostgreSQL from a warm connection (`--plan` adds the slowest
 * input's whole plan) instead of timing everything.
 */
import { visitor } from "@puente/auth/actor";
import { createDatabase, queryRows, sql, type DatabaseHandle } from "@puente/db";
import { seedScale } from "@puente/db/seed";
import { PgDialect } from "drizzle-orm/pg-core";
import postgres from "postgres";
import { planSearch } from "../src/directory/search-plan";
import { searchDirectory } from "../src/directory/search";
import { searchInput, type SearchInput } from "../src/directory/search-input";
import { benchQueries } from "./directory-queries";
import { explainAnalyze } from "./explain";
import { percentile, printTable, type Row } from "./report";

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ""), process.argv[i + 1] ?? "");
const engines = (args.get("engines") ?? "postgresql,pglite").split(",");
const runs = Number(args.get("runs") ?? 50);
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const defaultSizes: Record<string, number[]> = { postgresql: [1000, 10_000, 100_000], pglite: [1000, 10_000] };
const dialect = new PgDialect({ casing: "snake_case" });

async function openPostgres(size: number): Promise<DatabaseHandle> {
  const name = `puente_bench_${size}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const exists = (await admin`SELECT 1 FROM pg_database WHERE datname = ${name}`).length > 0;
  if (!exists) await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return createDatabase({ url: url.toString() });
}

async function ensureSize(handle: DatabaseHandle, size: number) {
  await handle.migrate();
  const [row] = await queryRows<{ n: number }>(handle.db, sql`SELECT count(*)::int AS n FROM directory_search_entries`);
  const have = row?.n ?? 0;
  if (have >= size * 0.95 && have <= size * 1.05) return;
  if (have > 0) await handle.db.execute(sql`TRUNCATE organizations, taxonomies CASCADE`);
  const started = performance.now();
  await seedScale(handle.db, size, {
    onProgress: (p) => process.stderr.write(`\r  seeding ${handle.engine} ${p.organizations}/${p.total}`),
  });
  process.stderr.write(`\r  seeded ${size} on ${handle.engine} in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  await handle.db.execute(sql`ANALYZE`);
}

/** The plan's statements straight through the driver: the floor the server's time is compared to. */
async function rawRun(handle: DatabaseHandle, input: SearchInput) {
  const plan = planSearch(visitor, input, "en");
  const q = dialect.sqlToQuery(plan.statement);
  const client = (handle.db as unknown as { $client: unknown }).$client;
  await (handle.engine === "postgresql"
    ? (client as postgres.Sql).unsafe(q.sql, q.params as never[])
    : (client as { query: (s: string, p: unknown[]) => Promise<unknown> }).query(q.sql, q.params));
}

async function time(fn: () => Promise<unknown>) {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

async function benchSize(engine: string, size: number): Promise<Row[]> {
  const handle = engine === "postgresql" ? await openPostgres(size) : createDatabase();
  try {
    await ensureSize(handle, size);
    const rows: Row[] = [];
    for (const query of benchQueries) {
      const inputs = query.inputs.map((i) => searchInput.parse(i));
      const server: number[] = [];
      const raw: number[] = [];
      for (let i = 0; i < runs + 5; i++) {
        const input = inputs[i % inputs.length]!;
        const s = await time(() => searchDirectory(handle.db, visitor, input, "en"));
        const r = await time(() => rawRun(handle, input));
        // The first five runs warm caches and the geography data; they are not counted.
        if (i >= 5) {
          server.push(s);
          raw.push(r);
        }
      }
      rows.push({ engine, size, query: query.name, server: [percentile(server, 50), percentile(server, 95)], raw: [percentile(raw, 50), percentile(raw, 95)] });
    }
    return rows;
  } finally {
    await handle.close();
  }
}

/** Planning and execution time of each input's statement (and the slowest one's plan with --plan). */
async function explainQuery(size: number, name: string) {
  const query = benchQueries.find((q) => q.name === name);
  if (!query) throw new Error(`No query named "${name}": ${benchQueries.map((q) => q.name).join(", ")}`);
  const handle = await openPostgres(size);
  try {
    let slowest = { execution: -1, lines: [] as string[] };
    for (const raw of query.inputs) {
      const lines = await explainAnalyze(handle, planSearch(visitor, searchInput.parse(raw), "en").statement);
      const times = lines.filter((line) => /^(Planning|Execution) Time/.test(line)).join(", ");
      console.log(`${JSON.stringify(raw)}: ${times}`);
      const execution = Number(/Execution Time: ([\d.]+)/.exec(times)?.[1] ?? 0);
      if (execution > slowest.execution) slowest = { execution, lines };
    }
    if (args.has("plan")) console.log(slowest.lines.join("\n"));
  } finally {
    await handle.close();
  }
}

const explained = args.get("explain");
if (explained !== undefined) {
  await explainQuery(Number(args.get("sizes") ?? 100_000), explained);
  process.exit(0);
}

const results: Row[] = [];
for (const engine of engines) {
  const sizes = args.get("sizes")?.split(",").map(Number) ?? defaultSizes[engine] ?? [];
  for (const size of sizes) {
    process.stderr.write(`${engine}, ${size} services…\n`);
    results.push(...(await benchSize(engine, size)));
  }
}
printTable(results, runs);
