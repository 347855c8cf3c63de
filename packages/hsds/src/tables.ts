/**
 * The HSDS 3.0 tabular form: one CSV per table, named and ordered as in the specification's
 * example datapackage (shared/hsds/examples/csv), with the field types, formats and required
 * flags of schema/simple/schema.csv. Export writes these headers; import validates against them.
 *
 * Field notation, kept compact so the whole specification fits on one screen:
 *   `name` a string, `name:type` a typed field, a trailing `!` a required one.
 *   Types: uuid, uri, email, date, datetime, int, number, or `a|b|c` for an enumeration.
 */

export type FieldKind =
  "string" | "uuid" | "uri" | "email" | "date" | "datetime" | "int" | "number" | "enum";

export interface FieldDef {
  name: string;
  kind: FieldKind;
  required: boolean;
  values?: readonly string[];
}

export interface TableDef {
  /** HSDS object name, e.g. "organization". */
  name: string;
  /** File in the datapackage, e.g. "organizations.csv". */
  path: string;
  fields: FieldDef[];
  /** Whether Puente stores this table; the others are exported empty and skipped on import. */
  stored: boolean;
}

const KINDS = new Set<string>(["uuid", "uri", "email", "date", "datetime", "int", "number"]);

function parseField(spec: string): FieldDef {
  const required = spec.endsWith("!");
  const [name = "", type] = (required ? spec.slice(0, -1) : spec).split(":");
  if (!type) return { name, kind: "string", required };
  if (type.includes("|")) return { name, kind: "enum", required, values: type.split("|") };
  if (!KINDS.has(type)) throw new Error(`Unknown HSDS field type ${type} for ${name}`);
  return { name, kind: type as FieldKind, required };
}

function table(name: string, path: string, stored: boolean, spec: string): TableDef {
  return { name, path, stored, fields: spec.split(",").map((s) => parseField(s.trim())) };
}

// tabular_required fields (a service's organization_id, an attribute's link) count as required here.
export const hsdsTables: readonly TableDef[] = [
  table(
    "organization",
    "organizations.csv",
    true,
    "id:uuid!, name!, alternate_name, description!, email:email, website:uri, tax_status, tax_id, year_incorporated:int, legal_status, logo, uri:uri, parent_organization_id:uuid",
  ),
  table(
    "program",
    "programs.csv",
    false,
    "id:uuid!, organization_id:uuid!, name!, alternate_name, description!",
  ),
  table(
    "service",
    "services.csv",
    true,
    "id:uuid!, organization_id:uuid!, program_id:uuid, name!, alternate_name, description, url:uri, email:email, status:active|inactive|defunct|temporarily closed!, interpretation_services, application_process, fees_description, wait_time, fees, accreditations, eligibility_description, minimum_age:int, maximum_age:int, assured_date:date, assurer_email:email, licenses, alert, last_modified:datetime",
  ),
  table(
    "attribute",
    "attributes.csv",
    true,
    "id:uuid!, link_id:uuid!, taxonomy_term_id:uuid!, link_type!, link_entity!, value",
  ),
  table(
    "service_at_location",
    "service_at_location.csv",
    true,
    "id:uuid!, service_id:uuid!, location_id:uuid!, description",
  ),
  table(
    "location",
    "locations.csv",
    true,
    "id:uuid!, location_type:physical|postal|virtual!, url:uri, organization_id:uuid, name, alternate_name, description, transportation, latitude:number, longitude:number, external_identifier, external_identifier_type",
  ),
  table(
    "phone",
    "phones.csv",
    true,
    "id:uuid!, location_id:uuid, service_id:uuid, organization_id:uuid, contact_id:uuid, service_at_location_id:uuid, number!, extension:number, type, description",
  ),
  table(
    "contact",
    "contacts.csv",
    true,
    "id:uuid!, organization_id:uuid, service_id:uuid, service_at_location_id:uuid, location_id:uuid, name, title, department, email:email",
  ),
  table(
    "address",
    "addresses.csv",
    true,
    "id:uuid!, location_id:uuid, attention, address_1!, address_2, city!, region, state_province!, postal_code!, country!, address_type:physical|postal|virtual!",
  ),
  table(
    "schedule",
    "schedules.csv",
    true,
    "id:uuid!, service_id:uuid, location_id:uuid, service_at_location_id:uuid, valid_from, valid_to, dtstart, timezone:number, until, count:int, wkst:MO|TU|WE|TH|FR|SA|SU, freq:WEEKLY|MONTHLY, interval:int, byday, byweekno, bymonthday, byyearday, description, opens_at, closes_at, schedule_link:uri, attending_type, notes",
  ),
  table("funding", "funding.csv", false, "id:uuid!, organization_id:uuid, service_id:uuid, source"),
  table(
    "service_area",
    "service_areas.csv",
    true,
    "id:uuid!, service_id:uuid, name, description, extent, extent_type, uri",
  ),
  table(
    "required_document",
    "required_documents.csv",
    false,
    "id:uuid!, service_id:uuid, document, uri:uri",
  ),
  table(
    "language",
    "languages.csv",
    true,
    "id:uuid!, service_id:uuid, location_id:uuid, phone_id:uuid, name, code, note",
  ),
  table(
    "accessibility",
    "accessibility.csv",
    false,
    "id:uuid!, location_id:uuid, description, details, url:uri",
  ),
  table(
    "taxonomy_term",
    "taxonomy_terms.csv",
    true,
    "id:uuid!, code, name!, description!, parent_id:uuid, taxonomy, language, taxonomy_id:uuid, term_uri:uri",
  ),
  table(
    "metadata",
    "metadata.csv",
    false,
    "id:uuid!, resource_id:uuid!, resource_type!, last_action_date!, last_action_type!, field_name!, previous_value!, replacement_value!, updated_by!",
  ),
  table(
    "meta_table_description",
    "meta_table_descriptions.csv",
    false,
    "id:uuid!, name, language, character_set",
  ),
  table(
    "cost_option",
    "cost_options.csv",
    false,
    "id:uuid!, service_id:uuid!, valid_from, valid_to, option, currency, amount:number, amount_description",
  ),
  table(
    "organization_identifier",
    "organization_identifiers.csv",
    false,
    "id:uuid!, organization_id:uuid!, identifier_scheme, identifier_type!, identifier!",
  ),
  table("taxonomy", "taxonomies.csv", true, "id:uuid!, name!, description!, uri:uri, version"),
];

export type TableName =
  | "organization"
  | "program"
  | "service"
  | "attribute"
  | "service_at_location"
  | "location"
  | "phone"
  | "contact"
  | "address"
  | "schedule"
  | "funding"
  | "service_area"
  | "required_document"
  | "language"
  | "accessibility"
  | "taxonomy_term"
  | "metadata"
  | "meta_table_description"
  | "cost_option"
  | "organization_identifier"
  | "taxonomy";

export function tableDef(name: TableName): TableDef {
  const def = hsdsTables.find((t) => t.name === name);
  if (!def) throw new Error(`No HSDS table ${name}`);
  return def;
}

export function tableByPath(path: string): TableDef | undefined {
  return hsdsTables.find((t) => t.path === path);
}

/**
 * Puente's own columns, accepted on import beside the HSDS ones: the data class of a location,
 * address, phone or contact (HSDS has none; imports are public unless this says "members") and
 * an organization's kind. Export never writes them: it carries public rows only.
 */
export const puenteColumns = {
  confidentiality: "puente_confidentiality",
  kind: "puente_kind",
} as const;
