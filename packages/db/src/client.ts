import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { migrationsFolder } from "./repo-root";
import * as schema from "./schema";

export type Schema = typeof schema;
/** Either engine: domain code is written once against this type. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** A function that may run inside or outside a transaction takes this. */
export type Executor = Database | Transaction;
export type Engine = "pglite" | "postgresql";

export interface DatabaseHandle {
  db: Database;
  engine: Engine;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… — PostgreSQL. Without it, PGlite. */
  url?: string;
  /** PGlite data folder; omit for an in-memory database (tests). */
  dataDir?: string;
  /** PostgreSQL pool size. */
  maxConnections?: number;
  /** PGlite only: start from this dump (`dumpDataDir`) instead of an empty cluster (test templates). */
  loadDataDir?: Blob;
}

/** What a library that brings its own SQL (the job queue's pg-boss) needs to reach the same database. */
export type DatabaseDriver = { engine: "pglite"; client: PGlite } | { engine: "postgresql"; url: string };
const drivers = new WeakMap<Database, DatabaseDriver>();

export function databaseDriver(db: Database): DatabaseDriver {
  const driver = drivers.get(db);
  if (!driver) throw new Error("This database was not opened by createDatabase().");
  return driver;
}

export function createDatabase(options: DatabaseOptions = {}): DatabaseHandle {
  if (options.url) return createPostgres(options.url, options.maxConnections ?? 10);
  return createPglite(options.dataDir, options.loadDataDir);
}

function createPostgres(url: string, max: number): DatabaseHandle {
  // postgres.js would print every NOTICE (for example "relation already exists, skipping").
  const client = postgres(url, {
    max,
    onnotice: () => {},
    connect_timeout: 5,
    // JIT compilation pays off for long analytical queries; for a request's short statements it
    // only adds latency, and a search near the cost threshold was seen spending seconds in it.
    //
    // postgres.js prepares every statement; after five executions PostgreSQL may switch to a
    // generic plan that ignores the parameters. For a search that plan cannot see how common a
    // word is or how narrow a filter is (a common word then ranks thousands of rows: ~100 ms
    // instead of ~10 ms for strategy search), so every statement is planned for its values.
    //
    // Pages are read at SSD or cache speed, not at the spinning-disk cost PostgreSQL assumes by
    // default (random_page_cost 4). That default also made a full scan look cheap wherever the
    // scanned rows keep their text out of line (TOAST, whose reads the planner does not cost): a
    // Spanish strategy search scanned and decompressed every thread's document (~60 ms) instead
    // of taking its 3,900 matches from the GIN index (~15 ms).
    connection: { jit: "off", plan_cache_mode: "force_custom_plan", random_page_cost: "1.1" },
  });
  const db = drizzlePostgres({ client, schema, casing: "snake_case" });
  drivers.set(db as unknown as Database, { engine: "postgresql", url });
  return {
    db: db as unknown as Database,
    engine: "postgresql",
    migrate: () => migratePostgres(db, { migrationsFolder: migrationsFolder() }),
    close: () => client.end({ timeout: 5 }),
  };
}

function createPglite(dataDir: string | undefined, loadDataDir: Blob | undefined): DatabaseHandle {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // Only these two extensions: adding cube/earthdistance alongside pg_trgm can hang PGlite.
  const client = new PGlite({ dataDir, loadDataDir, extensions: { pg_trgm, unaccent } });
  const db = drizzlePglite({ client, schema, casing: "snake_case" });
  drivers.set(db as unknown as Database, { engine: "pglite", client });
  return {
    db: db as unknown as Database,
    engine: "pglite",
    migrate: () => migratePglite(db, { migrationsFolder: migrationsFolder() }),
    close: () => client.close(),
  };
}
