/**
 * Speed of findIdentifiers: `pnpm --filter @puente/identifiers bench`. Prints p50/p95 for a
 * realistic summary and for inputs built to make regular expressions backtrack (long runs of
 * capitalized words, digits, spaces), since summaries and messages come from users.
 */
import { findIdentifiers } from "../src/index";

const summary =
  "Survivor Rosa Elena Martínez (DOB 09/30/1987), A# 208-123-456, at 4120 Memorial Dr, Apt 12, Decatur, GA. " +
  "Phone (678) 555-0190. U visa, Gwinnett County; hearing 04/02/2026; I-918 Supplement B signed. Habla español. ";
const inputs: Record<string, string> = {
  "summary, 2,000 chars": summary.repeat(10).slice(0, 2000),
  "capitalized words, 10,000 chars": "Maria Lopez Garcia ".repeat(530).slice(0, 10_000),
  "digits and dashes, 10,000 chars": "1234-567 89 ".repeat(840).slice(0, 10_000),
  "spaces and letters, 10,000 chars": "a ".repeat(5000),
  "cues without values, 10,000 chars": "DOB born nació se llama Calle "
    .repeat(340)
    .slice(0, 10_000),
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

findIdentifiers(summary); // build the name lists once, outside the timings
for (const [name, text] of Object.entries(inputs)) {
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const start = performance.now();
    findIdentifiers(text);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(36)} p50 ${percentile(times, 50).toFixed(2)} ms  p95 ${percentile(times, 95).toFixed(2)} ms`,
  );
}
