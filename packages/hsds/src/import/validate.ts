import { confidentialityClasses, organizationKinds } from "@puente/db/schema";
import { z } from "zod";
import { hsdsTables, puenteColumns, type FieldDef, type TableName } from "../tables";
import type { RawRow } from "./collect-tabular";
import type { Problems, Where } from "./problems";

/**
 * One zod schema per HSDS table, built from the field list in tables.ts (types, formats, enums
 * and required flags of schema/simple/schema.csv), plus Puente's optional columns. A CSV cell is
 * text and a JSON value may be a number: both are accepted where the field is numeric, and an
 * empty cell or null counts as absent.
 */

export type RowValues = Record<string, string | number | undefined>;

export interface ValidRow {
  table: TableName;
  values: RowValues;
  where: Where;
}

const text = z.union([z.string(), z.number().transform(String)]);
const numeric = (pattern: RegExp, message: string) =>
  z.union([z.number(), z.string().trim().regex(pattern, { error: message }).transform(Number)]);
const INT = /^-?\d+$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

function fieldSchema(field: FieldDef): z.ZodType {
  switch (field.kind) {
    case "uuid":
      // Lower-cased so that references match ids however the source wrote them.
      return z
        .string()
        .trim()
        .pipe(z.guid({ error: "must be a UUID" }))
        .transform((v) => v.toLowerCase());
    case "uri":
      return z
        .string()
        .trim()
        .pipe(z.url({ error: "must be an absolute URL" }));
    case "email":
      return z
        .string()
        .trim()
        .pipe(z.email({ error: "must be an email address" }));
    case "date":
      return z
        .string()
        .trim()
        .pipe(z.iso.date({ error: "must be a date as YYYY-MM-DD" }));
    case "datetime":
      return z
        .string()
        .trim()
        .pipe(
          z.iso.datetime({ offset: true, local: true, error: "must be an ISO 8601 date-time" }),
        );
    case "int":
      return numeric(INT, "must be a whole number").pipe(
        z.number().int({ error: "must be a whole number" }),
      );
    case "number":
      return numeric(NUMBER, "must be a number");
    case "enum":
      return z
        .string()
        .trim()
        .pipe(
          z.enum(field.values as [string, ...string[]], {
            error: `must be one of: ${field.values?.join(", ")}`,
          }),
        );
    default:
      return text;
  }
}

const absent = (v: unknown) => (v === "" || v === null ? undefined : v);

function tableSchema(table: TableName): z.ZodObject {
  const def = hsdsTables.find((t) => t.name === table);
  const shape: Record<string, z.ZodType> = {};
  for (const field of def?.fields ?? []) {
    const schema = fieldSchema(field);
    shape[field.name] = z.preprocess(absent, field.required ? schema : schema.optional());
  }
  if (["location", "address", "phone", "contact"].includes(table)) {
    shape[puenteColumns.confidentiality] = z.preprocess(
      absent,
      z
        .enum(confidentialityClasses, {
          error: `must be one of: ${confidentialityClasses.join(", ")}`,
        })
        .optional(),
    );
  }
  if (table === "organization") {
    shape[puenteColumns.kind] = z.preprocess(
      absent,
      z
        .enum(organizationKinds, { error: `must be one of: ${organizationKinds.join(", ")}` })
        .optional(),
    );
  }
  return z.object(shape);
}

const schemas = new Map<TableName, z.ZodObject>();
function schemaFor(table: TableName): z.ZodObject {
  let schema = schemas.get(table);
  if (!schema) schemas.set(table, (schema = tableSchema(table)));
  return schema;
}

const shown = (value: unknown) => {
  const s = typeof value === "string" ? value : JSON.stringify(value);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
};

/** Validates every row; each invalid one is reported once with all its problems, and dropped. */
export function validateRows(
  rows: RawRow[],
  problems: Problems,
): { valid: ValidRow[]; rejected: string[] } {
  const valid: ValidRow[] = [];
  // "table:id" of refused rows, so a row that points at one can say why the reference fails.
  const rejected: string[] = [];
  const seen = new Map<string, Where>();
  for (const row of rows) {
    const result = schemaFor(row.table).safeParse(row.values, {
      reportInput: true,
      error: (issue) => (issue.input === undefined ? "is required" : undefined),
    });
    if (!result.success) {
      const reasons = result.error.issues.map((issue) => {
        const field = String(issue.path[0] ?? "row");
        const given =
          issue.input !== undefined && issue.message !== "is required"
            ? ` (got "${shown(issue.input)}")`
            : "";
        return `${field} ${issue.message}${given}`;
      });
      problems.error(row.where, `Rejected ${row.table}: ${reasons.join("; ")}.`);
      if (typeof row.values.id === "string")
        rejected.push(`${row.table}:${row.values.id.trim().toLowerCase()}`);
      continue;
    }
    const values = result.data as RowValues;
    const key = `${row.table}:${String(values.id)}`;
    const first = seen.get(key);
    if (first && row.where.line !== undefined) {
      problems.error(
        row.where,
        `Rejected ${row.table}: id ${values.id} is used again (first on line ${first.line}).`,
      );
      continue;
    }
    seen.set(key, row.where);
    valid.push({ table: row.table, values, where: row.where });
  }
  return { valid, rejected };
}
