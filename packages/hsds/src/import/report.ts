import { describeWhere, type Problem } from "./problems";
import type { ImportReport } from "./import-hsds";

/** The report a person reads after `pnpm hsds:import`: what was refused and where, then the counts. */
const byPlace = (a: Problem, b: Problem) =>
  a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);

export function formatReport(report: ImportReport): string {
  const lines: string[] = [`HSDS import of ${report.source}: ${report.rowsRead} row(s) read.`];
  if (report.errors.length) {
    lines.push("", `Rejected (${report.errors.length}):`);
    for (const e of [...report.errors].sort(byPlace))
      lines.push(`  ${describeWhere(e)}  ${e.message}`);
  }
  if (report.warnings.length) {
    lines.push("", `Warnings (${report.warnings.length}):`);
    for (const w of [...report.warnings].sort(byPlace))
      lines.push(`  ${describeWhere(w)}  ${w.message}`);
  }
  if (report.notes.length) {
    lines.push("", "Not imported:");
    for (const n of report.notes) lines.push(`  ${n}`);
  }
  lines.push("");
  if (!report.written) {
    lines.push(
      "Nothing was imported: fix the rows above and run the import again (or pass --skip-invalid to import the valid rows).",
    );
    return lines.join("\n");
  }
  const counts = Object.entries(report.counts ?? {}).filter(
    ([, c]) => c.inserted + c.updated + c.unchanged > 0,
  );
  const width = Math.max(5, ...counts.map(([t]) => t.length));
  lines.push(`${"table".padEnd(width)}  inserted  updated  unchanged`);
  for (const [table, c] of counts) {
    lines.push(
      `${table.padEnd(width)}  ${String(c.inserted).padStart(8)}  ${String(c.updated).padStart(7)}  ${String(c.unchanged).padStart(9)}`,
    );
  }
  const total = counts.reduce(
    (sum, [, c]) => ({ i: sum.i + c.inserted, u: sum.u + c.updated, n: sum.n + c.unchanged }),
    { i: 0, u: 0, n: 0 },
  );
  lines.push(
    `${"total".padEnd(width)}  ${String(total.i).padStart(8)}  ${String(total.u).padStart(7)}  ${String(total.n).padStart(9)}`,
  );
  if (report.kept)
    lines.push(`${report.kept} row(s) of Puente's own taxonomy were left as Puente defines them.`);
  lines.push(
    report.errors.length
      ? `Imported the valid rows; ${report.errors.length} row(s) above were skipped (--skip-invalid).`
      : `Done: ${report.organizationsTouched.length} listing(s) changed.`,
  );
  return lines.join("\n");
}
