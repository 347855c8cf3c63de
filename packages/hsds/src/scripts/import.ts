import { getDatabase } from "@puente/db/runtime";
import { hsdsTables, type TableName } from "../tables";
import { formatReport, importHsds } from "../import";
import { fromInvocationDir } from "./cli-path";

/**
 * pnpm hsds:import <folder | file.zip | file.json> [--skip-invalid] [--type=organization]
 * Exit 0: imported (or nothing to change). 1: nothing imported (see the report). 2: imported the
 * valid rows with --skip-invalid, some rows refused.
 */
const usage =
  "Usage: pnpm hsds:import <datapackage folder | .zip | .json> [--skip-invalid] [--type=<HSDS object>]";

async function main() {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  const target = args.find((a) => !a.startsWith("--"));
  if (!target || args.includes("--help")) {
    console.error(usage);
    return target ? 0 : 1;
  }
  const type = args.find((a) => a.startsWith("--type="))?.slice("--type=".length);
  if (type && !hsdsTables.some((t) => t.name === type)) {
    console.error(`Unknown --type ${type}. ${usage}`);
    return 1;
  }
  const { db, close } = await getDatabase();
  try {
    const report = await importHsds(db, fromInvocationDir(target), {
      skipInvalid: args.includes("--skip-invalid"),
      jsonType: type as TableName | undefined,
      onProgress: (message) => console.error(`… ${message}`),
    });
    console.log(formatReport(report));
    if (!report.written) return 1;
    return report.errors.length ? 2 : 0;
  } finally {
    await close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      "The import failed and wrote nothing:",
      error instanceof Error ? error.message : error,
    );
    process.exit(1);
  },
);
