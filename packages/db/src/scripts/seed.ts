import { sql } from "drizzle-orm";
import { configuredDatabase } from "../runtime";
import { users } from "../schema";
import { seedDemo, seedScale } from "../seed";

/**
 * `pnpm db:seed [--reset] [--scale N]`: loads the demo into an empty database (or after
 * --reset); with --scale, also adds N generated organizations for benchmarks, even when the
 * demo was already there.
 */
const args = process.argv.slice(2);
const reset = args.includes("--reset");
const scale = scaleArgument(args);

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
    console.log(
      "The database already has people in it; demo not seeded. Use --reset to start over.",
    );
  } else {
    const started = performance.now();
    await handle.db.transaction((tx) => seedDemo(tx));
    console.log(`Demo data loaded (${handle.engine}) in ${seconds(performance.now() - started)}.`);
  }
  if (scale > 0) {
    const result = await seedScale(handle.db, scale, {
      onProgress: ({ organizations, total, rows, elapsedMs }) => {
        process.stderr.write(
          `\rscale: ${organizations}/${total} organizations, ${rows} rows, ${seconds(elapsedMs)}   `,
        );
      },
    });
    process.stderr.write("\n");
    console.log(
      `Added ${result.organizations} organizations (${result.rows} rows) in ${seconds(result.insertMs)}; ` +
        `search entries rebuilt in ${seconds(result.refreshMs)}.`,
    );
  }
} finally {
  await handle.close();
}

function scaleArgument(list: string[]): number {
  const at = list.findIndex((a) => a === "--scale" || a.startsWith("--scale="));
  if (at < 0) return 0;
  const raw = list[at]!.includes("=") ? list[at]!.split("=")[1] : list[at + 1];
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    console.error(
      `--scale needs a whole number of organizations, e.g. --scale 10000 (got "${raw ?? ""}").`,
    );
    process.exit(2);
  }
  return n;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
