import { getDatabase } from "@puente/db/runtime";
import { exportHsdsToFolder } from "../export";
import { fromInvocationDir } from "./cli-path";

/** pnpm hsds:export <folder>: writes datapackage.json and one CSV per HSDS table, public rows only. */
async function main() {
  const target = process.argv.slice(2).find((a) => a !== "--" && !a.startsWith("--"));
  if (!target) {
    console.error("Usage: pnpm hsds:export <folder>");
    return 1;
  }
  const { db, close } = await getDatabase();
  try {
    console.error("… Reading the public directory");
    const summary = await exportHsdsToFolder(db, fromInvocationDir(target));
    for (const f of summary.files)
      console.log(`${f.name.padEnd(32)} ${f.name.endsWith(".csv") ? `${f.rows} row(s)` : ""}`);
    console.log(`HSDS datapackage written to ${summary.folder}`);
    return 0;
  } finally {
    await close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("The export failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
