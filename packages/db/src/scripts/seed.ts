import { sql } from "drizzle-orm";
import { configuredDatabase } from "../runtime";
import { seedDemo } from "../seed";
import { users } from "../schema";

/** `pnpm db:seed [--reset]`: loads the demo into an empty database (or after --reset). */
const reset = process.argv.includes("--reset");
const handle = configuredDatabase();
try {
  await handle.migrate();
  if (reset) {
    await handle.db.execute(
      sql`TRUNCATE users, organizations, audit_events, rate_limits, verification_tokens CASCADE`,
    );
  }
  const [row] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(users);
  if ((row?.n ?? 0) > 0) {
    console.log("The database already has people in it; nothing seeded. Use --reset to start over.");
  } else {
    await handle.db.transaction((tx) => seedDemo(tx));
    console.log(`Demo data loaded (${handle.engine}).`);
  }
} finally {
  await handle.close();
}
