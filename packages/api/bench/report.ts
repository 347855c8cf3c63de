export interface Row {
  engine: string;
  size: number;
  query: string;
  /** p50, p95 in milliseconds. */
  server: [number, number];
  raw: [number, number];
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

const ms = (n: number) => n.toFixed(1).padStart(7);

export function printTable(rows: Row[], runs: number) {
  console.log(`\nDirectory search, ${runs} runs per query (milliseconds; server = searchDirectory, raw = same SQL via the driver)\n`);
  console.log("engine      services  query                             server p50  p95 |   raw p50  p95 | p95 ratio");
  for (const r of rows) {
    console.log(
      `${r.engine.padEnd(11)} ${String(r.size).padStart(8)}  ${r.query.padEnd(32)} ${ms(r.server[0])} ${ms(r.server[1])} | ${ms(r.raw[0])} ${ms(r.raw[1])} | ${(r.server[1] / r.raw[1]).toFixed(2).padStart(6)}x`,
    );
  }
}
