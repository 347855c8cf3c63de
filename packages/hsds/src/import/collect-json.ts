import { tableByPath, type TableName } from "../tables";
import type { RawRow } from "./collect-tabular";
import type { Problems } from "./problems";

/**
 * HSDS JSON → the same flat rows as the CSV form. Nested arrays become child rows that point at
 * their parent (a location's `addresses` get its `location_id`); nested single objects are rows
 * the parent points at (a service's `organization` sets its `organization_id`). The same object
 * often appears several times (a phone under its service, its location and its contact): those
 * copies merge into one row, each filling in the links the others lack.
 */

/** Nested key → the table its objects belong to; `one` for a single object rather than a list. */
const NESTED: Record<string, { table: TableName; one?: true }> = {
  services: { table: "service" },
  locations: { table: "location" },
  phones: { table: "phone" },
  contacts: { table: "contact" },
  programs: { table: "program" },
  funding: { table: "funding" },
  organization_identifiers: { table: "organization_identifier" },
  attributes: { table: "attribute" },
  metadata: { table: "metadata" },
  schedules: { table: "schedule" },
  service_areas: { table: "service_area" },
  service_at_locations: { table: "service_at_location" },
  languages: { table: "language" },
  cost_options: { table: "cost_option" },
  required_documents: { table: "required_document" },
  addresses: { table: "address" },
  accessibility: { table: "accessibility" },
  organization: { table: "organization", one: true },
  program: { table: "program", one: true },
  service: { table: "service", one: true },
  location: { table: "location", one: true },
  taxonomy_term: { table: "taxonomy_term", one: true },
  taxonomy_detail: { table: "taxonomy", one: true },
};

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Which HSDS object a top-level item is, from the fields only that object has. */
export function detectTable(o: Json): TableName | undefined {
  const has = (...keys: string[]) => keys.some((k) => k in o);
  if (has("status", "service_at_locations", "service_areas", "eligibility_description"))
    return "service";
  if (has("location", "service") || (has("service_id") && has("location_id")))
    return "service_at_location";
  if (has("location_type", "addresses", "accessibility")) return "location";
  if (has("taxonomy_detail", "code", "term_uri", "parent_id", "taxonomy_id"))
    return "taxonomy_term";
  if (has("version")) return "taxonomy";
  if (has("name")) return "organization";
  return undefined;
}

export function collectJson(
  file: string,
  text: string,
  problems: Problems,
  forcedTable?: TableName,
): RawRow[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // Node 22 says "(line 3 column 12)", Node 20 sometimes "at position 31", sometimes neither.
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const line =
      Number(/line (\d+)/.exec(message)?.[1]) ||
      (position ? text.slice(0, Number(position)).split("\n").length : undefined);
    problems.error({ file, line }, `Not valid JSON: ${(error as Error).message}`);
    return [];
  }

  const merged = new Map<string, RawRow>();
  const order: RawRow[] = [];

  const add = (table: TableName, object: Json, path: string): void => {
    const values: Json = {};
    for (const [key, value] of Object.entries(object)) {
      if (value === null || typeof value !== "object") values[key] = value;
    }
    const key = typeof values.id === "string" ? `${table}:${values.id}` : undefined;
    const existing = key ? merged.get(key) : undefined;
    if (existing) {
      for (const [k, v] of Object.entries(values)) {
        if (existing.values[k] === undefined || existing.values[k] === null) existing.values[k] = v;
      }
    } else {
      const row: RawRow = { table, values, where: { file, path } };
      if (key) merged.set(key, row);
      order.push(row);
    }
    walkChildren(table, object, existing ?? order[order.length - 1]!, path);
  };

  const walkChildren = (table: TableName, object: Json, row: RawRow, path: string) => {
    for (const [key, value] of Object.entries(object)) {
      const nested = NESTED[key];
      if (!nested || value === null || typeof value !== "object") continue;
      if (nested.one && isObject(value)) {
        // The parent points at the single object: service.organization → service.organization_id.
        const fk = nested.table === "taxonomy" ? "taxonomy_id" : `${nested.table}_id`;
        if (row.values[fk] === undefined && typeof value.id === "string") row.values[fk] = value.id;
        add(nested.table, value, `${path}.${key}`);
      } else if (Array.isArray(value)) {
        value.forEach((item, i) => {
          if (!isObject(item)) return;
          const child = { ...item };
          if (nested.table === "attribute") {
            child.link_id ??= row.values.id;
            child.link_entity ??= table;
          } else if (nested.table === "metadata") {
            child.resource_id ??= row.values.id;
            child.resource_type ??= table;
          } else {
            child[`${table}_id`] ??= row.values.id;
          }
          add(nested.table, child, `${path}.${key}[${i}]`);
        });
      }
    }
  };

  const top = (item: unknown, path: string) => {
    if (!isObject(item)) {
      problems.error({ file, path }, "Expected an HSDS object here.");
      return;
    }
    const table = forcedTable ?? detectTable(item);
    if (!table) {
      problems.error(
        { file, path },
        "Cannot tell which HSDS object this is (no name, status or location_type).",
      );
      return;
    }
    add(table, item, path);
  };

  if (Array.isArray(data)) data.forEach((item, i) => top(item, `$[${i}]`));
  else if (isObject(data) && Array.isArray(data.contents))
    data.contents.forEach((item, i) => top(item, `$.contents[${i}]`));
  else if (
    isObject(data) &&
    Object.keys(data).length > 0 &&
    Object.keys(data).every((k) => k.endsWith(".csv"))
  ) {
    // The tabular JSON form (examples/tabular.json): file name → rows.
    for (const [name, rows] of Object.entries(data)) {
      const def = tableByPath(name);
      if (!def || !Array.isArray(rows)) {
        problems.note(`${file}: "${name}" is not an HSDS table; ignored.`);
        continue;
      }
      rows.forEach((item, i) => {
        if (isObject(item)) add(def.name as TableName, item, `$["${name}"][${i}]`);
      });
    }
  } else top(data, "$");
  return order;
}
