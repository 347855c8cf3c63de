import { sql } from "drizzle-orm";
import { configuredDatabase } from "../runtime";
import { seedDemo } from "../seed";
import { users } from "../schema";

/**
 * Run before `dev` and `start`: applies migrations, and on the embedded database seeds the demo
 * when it is empty, so a fresh clone starts with something to look at. PostgreSQL is never
 * seeded implicitly: a production database must not receive demo accounts by accident.
 */
const handle = configuredDatabase();
try {
  await handle.migrate();
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
