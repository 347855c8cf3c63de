import { parseZip } from "@puente/geo";
import { z } from "zod";
import { HsdsError } from "./errors";

/**
 * Query parameters of the HSDS API (schema/openapi.json, components.parameters), parsed strictly:
 * a value that is present but malformed is a 400 naming the parameter, never silently ignored,
 * so a client that typed `page=two` learns it instead of reading page one forever.
 */

export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 20;
/** 500 km: beyond that "near this postcode" stops meaning anything for a local referral. */
export const MAX_PROXIMITY_METERS = 500_000;

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { error: "must be a whole number" })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, { error: `must be at least ${min}` })
        .max(max, { error: `must be at most ${max}` }),
    );

const flag = z
  .enum(["true", "false"], { error: 'must be "true" or "false"' })
  .transform((v) => v === "true");
const id = z.guid({ error: "must be a UUID" });
const search = z
  .string()
  .trim()
  .min(1, { error: "must not be empty" })
  .max(200, { error: "must be at most 200 characters" });

/** An ISO 8601 date or date-time; a date alone means its start in UTC. */
const dateTime = z
  .string()
  .refine(
    (v) =>
      /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) &&
      !Number.isNaN(Date.parse(v)),
    {
      error: "must be an ISO 8601 date or date-time, e.g. 2024-05-01 or 2024-05-01T12:00:00Z",
    },
  )
  .transform((v) => new Date(v));

const listBase = {
  page: wholeNumber(1, 1_000_000).default(1),
  per_page: wholeNumber(1, MAX_PER_PAGE).default(DEFAULT_PER_PAGE),
  format: z.enum(["json", "ndjson"], { error: 'must be "json" or "ndjson"' }).default("json"),
  search: search.optional(),
};

export const serviceListParams = z.object({
  ...listBase,
  taxonomy_term_id: id.optional(),
  taxonomy_id: id.optional(),
  organization_id: id.optional(),
  modified_after: dateTime.optional(),
  minimal: flag.default(false),
  full: flag.default(false),
});

export const serviceAtLocationListParams = z
  .object({
    ...listBase,
    taxonomy_term_id: id.optional(),
    taxonomy_id: id.optional(),
    organization_id: id.optional(),
    modified_after: dateTime.optional(),
    full: flag.default(false),
    postcode: z
      .string()
      .refine((v) => parseZip(v) !== undefined, {
        error: "must be a US ZIP code (12345 or 12345-6789)",
      })
      .transform((v) => parseZip(v) as string)
      .optional(),
    proximity: z
      .string()
      .regex(/^\d+(\.\d+)?$/, { error: "must be a distance in meters" })
      .transform(Number)
      .pipe(
        z
          .number()
          .positive({ error: "must be more than 0" })
          .max(MAX_PROXIMITY_METERS, { error: `must be at most ${MAX_PROXIMITY_METERS} meters` }),
      )
      .optional(),
  })
  .refine((p) => p.proximity === undefined || p.postcode !== undefined, {
    path: ["proximity"],
    error: "needs a postcode to measure from",
  });

export const organizationListParams = z.object({
  ...listBase,
  full: flag.default(false),
  full_service: flag.default(false),
});

export const organizationParams = z.object({ full_service: flag.default(false) });

export const taxonomyListParams = z.object(listBase);

export const taxonomyTermListParams = z.object({
  ...listBase,
  taxonomy_id: id.optional(),
  parent_id: id.optional(),
  top_only: flag.default(false),
});

export const idParam = z.object({ id });

export type ServiceListParams = z.output<typeof serviceListParams>;
export type ServiceAtLocationListParams = z.output<typeof serviceAtLocationListParams>;
export type OrganizationListParams = z.output<typeof organizationListParams>;
export type OrganizationParams = z.output<typeof organizationParams>;
export type TaxonomyListParams = z.output<typeof taxonomyListParams>;
export type TaxonomyTermListParams = z.output<typeof taxonomyTermListParams>;
export type ListParams = z.output<z.ZodObject<typeof listBase>>;

type Input = URLSearchParams | Record<string, string | undefined>;

/**
 * Parses query parameters (or a path id) against a schema, or throws a 400 HsdsError listing
 * every bad parameter. Unknown parameters are ignored, as HTTP APIs commonly do.
 */
export function parseParams<S extends z.ZodType>(schema: S, input: Input): z.output<S> {
  const raw: Record<string, string> = {};
  if (input instanceof URLSearchParams) {
    for (const key of new Set(input.keys())) {
      const values = input.getAll(key);
      if (values.length > 1) {
        throw new HsdsError(400, `Invalid query parameter: ${key} is given more than once.`, [
          { parameter: key, message: "is given more than once" },
        ]);
      }
      raw[key] = values[0] ?? "";
    }
  } else {
    for (const [key, value] of Object.entries(input)) if (value !== undefined) raw[key] = value;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => ({
    parameter: String(issue.path[0] ?? "query"),
    message: issue.message,
  }));
  const summary = details.map((d) => `${d.parameter} ${d.message}`).join("; ");
  throw new HsdsError(
    400,
    `Invalid ${details.length === 1 ? "parameter" : "parameters"}: ${summary}.`,
    details,
  );
}

/** For `/{id}` paths: a malformed id is a 400 (it cannot name anything), an unknown one a 404. */
export function parseId(value: string): string {
  return parseParams(idParam, { id: value }).id;
}
