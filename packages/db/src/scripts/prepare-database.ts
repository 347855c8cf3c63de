import { sql } from "drizzle-orm";
import { ensureTaxonomy } from "../directory/ensure-taxonomy";
import { configuredDatabase } from "../runtime";
import { seedDemo } from "../seed";
import { users } from "../schema";

/**
 * Run before `dev` and `start`: applies migrations and writes Puente's taxonomy (idempotent, on
 * either engine, so a new term reaches every database on its next start), and on the embedded
 * database seeds the demo when it is empty, so a fresh clone starts with something to look at.
 * PostgreSQL is never seeded implicitly: a production database must not receive demo accounts
 * by accident.
 */
const handle = configuredDatabase();
try {
  await handle.migrate();
  await ensureTaxonomy(handle.db);
  if (handle.engine === "pglite") {
    const [row] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(users);
    if ((row?.n ?? 0) === 0) {
      await handle.db.transaction((tx) => seedDemo(tx));
      console.log("Embedded database was empty: demo data loaded.");
    }
  }
  console.log(`Database ready (${handle.engine}).`);
} finally {
  await handle.close();
}
