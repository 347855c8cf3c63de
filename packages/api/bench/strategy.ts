/**
 * `pnpm bench:strategy [--posts 100000] [--runs 50]`
 *
 * Seeds about 100k strategy posts on PostgreSQL (database `puente_bench_strategy`, reused while
 * it holds the right number of posts) and prints p50/p95 of the thread listing (with and without
 * filters) and of the search, as a vetted member who belongs to one group would run them: the
 * visibility conditions are part of every statement. "server" is the domain function (statement
 * and result shaping), "raw" the same SQL through the bare driver.
 *
 * `--explain "<query name>"` prints that one statement's EXPLAIN ANALYZE (planning and execution
 * time, buffers) instead of timing everything.
 */
import type { SignedInActor } from "@puente/auth/actor";
import { createDatabase, queryRows, sql, type DatabaseHandle } from "@puente/db";
import { seededUuid } from "@puente/db/seed";
import { seedStrategyScale } from "@puente/db/strategy";
import { PgDialect } from "drizzle-orm/pg-core";
import type postgres from "postgres";
import pg from "postgres";
import { listThreadsInput, searchInput } from "../src/strategy/inputs";
import { listThreads, listThreadsSql } from "../src/strategy/list-threads";
import { searchSql, searchThreads } from "../src/strategy/search";
import { explainAnalyze } from "./explain";
import { percentile } from "./report";

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ""), process.argv[i + 1] ?? "");
const posts = Number(args.get("posts") ?? 100_000);
const runs = Number(args.get("runs") ?? 50);
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const dialect = new PgDialect({ casing: "snake_case" });

async function openBenchDatabase(): Promise<DatabaseHandle> {
  const name = "puente_bench_strategy";
  const admin = pg(serverUrl, { max: 1, onnotice: () => {} });
  if ((await admin`SELECT 1 FROM pg_database WHERE datname = ${name}`).length === 0) await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return createDatabase({ url: url.toString() });
}

async function ensurePosts(handle: DatabaseHandle) {
  await handle.migrate();
  const [row] = await queryRows<{ n: number }>(handle.db, sql`SELECT count(*)::int AS n FROM strategy_posts`);
  if (row?.n === posts) return;
  if ((row?.n ?? 0) > 0) {
    await handle.db.execute(sql`TRUNCATE strategy_threads, strategy_groups CASCADE`);
    await handle.db.execute(sql`DELETE FROM users WHERE email LIKE '%@bench.example.org'`);
  }
  const started = performance.now();
  await seedStrategyScale(handle.db, posts, {
    onProgress: (n, total) => process.stderr.write(`\r  seeding ${n}/${total} posts`),
  });
  process.stderr.write(`\r  seeded ${posts} posts in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  await handle.db.execute(sql`VACUUM ANALYZE`);
}

// Bench Author 0 belongs to Bench group 0 (seedStrategyScale puts every fourth author in a group).
const reader: SignedInActor = {
  kind: "user",
  userId: seededUuid("bench/strategy/user/0"),
  email: "bench.author.0@bench.example.org",
  name: "Bench Author 0",
  state: "active",
  roles: ["member"],
  preferredLanguage: "en",
  memberships: [],
};

const listings: Array<[string, Record<string, unknown>]> = [
  ["list: no filter", {}],
  ["list: state", { state: "GA" }],
  ["list: state+with+outcome", { state: "TX", withWhom: "sheriff", outcome: "worked" }],
  ["list: program+language", { program: "287g_task_force", language: "es" }],
  ["list: date range", { from: "2024-03-01", to: "2024-05-31" }],
  ["list: category+outcome", { outcome: "mixed" }],
];
const searches: Array<[string, Record<string, unknown>]> = [
  ["search: sheriff", { q: "sheriff" }],
  ["search: alguacil (es)", { q: "alguacil retención" }],
  ["search: workshop + state", { q: "workshop families", state: "CA" }],
  ["search: ICE + outcome+with", { q: "ICE", outcome: "worked", withWhom: "ice_field_office" }],
  ["search: rare phrase", { q: "bench card confidentiality" }],
  ["search: words + language", { q: "radio comunitaria", language: "es" }],
];

async function time(fn: () => Promise<unknown>) {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

async function raw(handle: DatabaseHandle, statement: ReturnType<typeof listThreadsSql>) {
  const q = dialect.sqlToQuery(statement);
  const client = (handle.db as unknown as { $client: postgres.Sql }).$client;
  await client.unsafe(q.sql, q.params as never[]);
}

async function measure(name: string, server: () => Promise<unknown>, rawRun: () => Promise<unknown>) {
  const s: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < runs + 5; i++) {
    const a = await time(server);
    const b = await time(rawRun);
    if (i >= 5) {
      s.push(a);
      r.push(b);
    }
  }
  const ms = (n: number) => n.toFixed(1).padStart(7);
  console.log(
    `${name.padEnd(32)} ${ms(percentile(s, 50))} ${ms(percentile(s, 95))} | ${ms(percentile(r, 50))} ${ms(percentile(r, 95))}`,
  );
}

const handle = await openBenchDatabase();
try {
  await ensurePosts(handle);
  const [counts] = await queryRows<{ threads: number; posts: number }>(
    handle.db,
    sql`SELECT (SELECT count(*)::int FROM strategy_threads) AS threads, (SELECT count(*)::int FROM strategy_posts) AS posts`,
  );
  const explained = args.get("explain");
  if (explained !== undefined) {
    const listing = listings.find(([name]) => name === explained);
    const search = searches.find(([name]) => name === explained);
    const statement = listing
      ? listThreadsSql(reader, listThreadsInput.parse(listing[1]))
      : search
        ? searchSql(reader, searchInput.parse(search[1]))
        : undefined;
    if (statement) console.log((await explainAnalyze(handle, statement)).join("\n"));
    else console.error(`No query named "${explained}": ${[...listings, ...searches].map(([n]) => n).join(", ")}`);
    process.exit(0);
  }
  console.log(`\nStrategy on PostgreSQL: ${counts!.posts} posts in ${counts!.threads} threads, ${runs} runs per query (ms)`);
  console.log(`${"query".padEnd(32)}  server p50   p95 |    raw p50   p95`);
  for (const [name, filters] of listings) {
    const input = listThreadsInput.parse(filters);
    await measure(name, () => listThreads(handle.db, reader, input), () => raw(handle, listThreadsSql(reader, input)));
  }
  for (const [name, filters] of searches) {
    const input = searchInput.parse(filters);
    await measure(name, () => searchThreads(handle.db, reader, input), () => raw(handle, searchSql(reader, input)));
  }
} finally {
  await handle.close();
}
