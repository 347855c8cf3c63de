import { parse } from "csv-parse/sync";
import type { Problems } from "./problems";

export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  /** False when the file could not be read to its end (broken quoting). */
  complete: boolean;
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
  raw: string;
}

// Past a quoting error the parser's idea of where fields start is wrong: later "errors" are noise.
const STRUCTURAL = new Set([
  "CSV_QUOTE_NOT_CLOSED",
  "CSV_INVALID_CLOSING_QUOTE",
  "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
]);

/**
 * Parses one CSV file into records that know the line they start on. A record with the wrong
 * number of fields is reported and skipped; a quoting error stops the file, reported once at
 * the line where it was found.
 */
export function readCsv(file: string, text: string, problems: Problems): CsvTable | undefined {
  let stopped = false;
  // Where the last good record ended: an unclosed quote is reported at the record it opened in.
  let lastEnd = 0;
  let rows: ParsedRecord[];
  try {
    rows = parse(text, {
      bom: true,
      info: true,
      raw: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      // Typed as the bare record; with info and raw set it is the wrapped one, passed through untouched.
      on_record: (record: string[], context: { lines: number }) => {
        lastEnd = context.lines;
        return record;
      },
      on_skip: (error) => {
        if (!error || stopped) return undefined;
        if (STRUCTURAL.has(error.code)) stopped = true;
        const at = typeof error.lines === "number" ? error.lines : undefined;
        const line = error.code === "CSV_QUOTE_NOT_CLOSED" ? lastEnd + 1 : at;
        problems.error({ file, line }, csvMessage(error.code, error.message));
        if (error.code !== "CSV_QUOTE_NOT_CLOSED" && at !== undefined) lastEnd = at;
        return undefined;
      },
    }) as unknown as ParsedRecord[];
  } catch (error) {
    const e = error as { code?: string; lines?: number; message?: string };
    problems.error({ file, line: e.lines }, csvMessage(e.code ?? "", e.message ?? String(error)));
    return undefined;
  }
  const [head, ...body] = rows;
  if (!head) {
    problems.error({ file }, "The file is empty: an HSDS table needs at least a header row.");
    return undefined;
  }
  const header = head.record.map((h) => h.trim());
  const records = body.map((row) => {
    // info.lines is where the record ends; a quoted field may have spanned several lines.
    const spanned = (row.raw.replace(/\r?\n$/, "").match(/\n/g) ?? []).length;
    const values: Record<string, string> = {};
    header.forEach((name, i) => (values[name] = row.record[i] ?? ""));
    return { line: row.info.lines - spanned, values };
  });
  return { header, records, complete: !stopped };
}

function csvMessage(code: string, message: string): string {
  switch (code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return "Broken quoting: a quoted field that starts on this line is never closed. Check for a stray double quote.";
    case "CSV_INVALID_CLOSING_QUOTE":
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return 'Broken quoting: text follows a closing quote. Inside a quoted field write a double quote as "".';
    case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH":
    case "CSV_RECORD_DONT_MATCH_COLUMNS_LENGTH":
      return "Wrong number of fields: this row has a different number of columns than the header.";
    default:
      return `Unreadable CSV: ${message}`;
  }
}
