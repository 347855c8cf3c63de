import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { createDatabase, type DatabaseHandle } from "./client";
import { env } from "./env";
import { pgliteTemplate, postgresTemplate } from "./test-templates";

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database
 * on the PostgreSQL server named by TEST_DATABASE_URL, dropped again on close. Both start as a
 * copy of a migrated template (see test-templates.ts) rather than running every migration.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  if (!env.TEST_DATABASE_URL) return createDatabase({ loadDataDir: await pgliteTemplate() });
  const serverUrl = new URL(env.TEST_DATABASE_URL);
  const name = `puente_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl.toString(), { max: 1, onnotice: () => {} });
  try {
    const template = await postgresTemplate(serverUrl.toString());
    await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = createDatabase({ url: url.toString(), maxConnections: 5 });
  return {
    ...handle,
    async close() {
      await handle.close();
      const cleanup = postgres(serverUrl.toString(), { max: 1, onnotice: () => {} });
      try {
        await cleanup.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await cleanup.end({ timeout: 5 });
      }
    },
  };
}
