import { createDatabase, type DatabaseHandle } from "./client";
import { env } from "./env";
import { dataDir } from "./repo-root";

/**
 * The process-wide database of the running app. Kept on globalThis so that Next's module
 * reloading in development does not open the embedded database twice (PGlite allows one opener).
 */
const globalForDb = globalThis as unknown as { puenteDb?: Promise<DatabaseHandle> };

export function configuredDatabase(): DatabaseHandle {
  return createDatabase({
    url: env.DATABASE_URL,
    dataDir: env.DATABASE_URL ? undefined : (env.PGLITE_DIR ?? dataDir("pglite")),
  });
}

export function getDatabase(): Promise<DatabaseHandle> {
  globalForDb.puenteDb ??= (async () => {
    const handle = configuredDatabase();
    // The embedded database migrates itself at start; PostgreSQL is migrated by `pnpm db:migrate`.
    if (handle.engine === "pglite") await handle.migrate();
    return handle;
  })().catch((error: unknown) => {
    globalForDb.puenteDb = undefined;
    throw error;
  });
  return globalForDb.puenteDb;
}
