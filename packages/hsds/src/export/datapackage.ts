import { hsdsTables, type FieldDef } from "../tables";

/**
 * The Frictionless Data Package descriptor that makes the CSV files an HSDS datapackage: one
 * tabular-data-resource per table, with the field types, formats and required flags the
 * importer checks, so another tool can validate the package without reading Puente's code.
 */

function fieldSchema(field: FieldDef) {
  const required = field.required || field.name === "id" ? { required: true } : {};
  const unique = field.name === "id" ? { unique: true } : {};
  const constraints = (extra: Record<string, unknown> = {}) => {
    const all = { ...required, ...unique, ...extra };
    return Object.keys(all).length ? { constraints: all } : {};
  };
  switch (field.kind) {
    case "uuid":
    case "uri":
    case "email":
      return { name: field.name, type: "string", format: field.kind, ...constraints() };
    case "date":
      return { name: field.name, type: "date", ...constraints() };
    case "datetime":
      return { name: field.name, type: "datetime", ...constraints() };
    case "int":
      return { name: field.name, type: "integer", ...constraints() };
    case "number":
      return { name: field.name, type: "number", ...constraints() };
    case "enum":
      return { name: field.name, type: "string", ...constraints({ enum: field.values }) };
    default:
      return { name: field.name, type: "string", ...constraints() };
  }
}

export function datapackageDescriptor(created: Date = new Date()) {
  return {
    name: "puente-directory-hsds",
    title: "Puente directory, public listings (HSDS 3.0)",
    description:
      "Public fields of the Puente directory as Open Referral HSDS 3.0 tables. Confidential locations, addresses, phones and staff contacts are not included.",
    profile: "tabular-data-package",
    version: "3.0",
    created: created.toISOString(),
    resources: hsdsTables.map((table) => ({
      name: table.name,
      path: table.path,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      schema: { fields: table.fields.map(fieldSchema), primaryKey: "id" },
    })),
  };
}
