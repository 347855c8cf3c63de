import { stringify } from "csv-stringify/sync";
import { hsdsTables, type TableName } from "../tables";
import {
  addressObject,
  attributeId,
  ATTRIBUTE_LINK_TYPE,
  contactObject,
  languageObject,
  locationObject,
  organizationObject,
  phoneObject,
  scheduleObject,
  serviceAreaObject,
  serviceAtLocationObject,
  serviceObject,
  taxonomyObject,
  termObject,
  type HsdsObject,
} from "../serialize/objects";
import type { PublicBundle } from "../serialize/public-rows";

/**
 * A bundle of public rows as HSDS tables. The same per-row mappers as the API, so a CSV cell
 * and a JSON field always agree; nested objects (a term's taxonomy_detail) are left out, since
 * the tabular form links by id.
 */
export function bundleTables(bundle: PublicBundle): Map<TableName, HsdsObject[]> {
  const taxonomyById = new Map(bundle.taxonomies.map((t) => [t.id, t]));
  const tables = new Map<TableName, HsdsObject[]>(hsdsTables.map((t) => [t.name as TableName, []]));
  tables.set("organization", bundle.organizations.map(organizationObject));
  tables.set("service", bundle.services.map(serviceObject));
  tables.set("location", bundle.locations.map(locationObject));
  tables.set("address", bundle.addresses.map(addressObject));
  tables.set("phone", bundle.phones.map(phoneObject));
  tables.set("contact", bundle.contacts.map(contactObject));
  tables.set("language", bundle.languages.map(languageObject));
  tables.set("schedule", bundle.schedules.map(scheduleObject));
  tables.set("service_at_location", bundle.serviceAtLocations.map(serviceAtLocationObject));
  tables.set("service_area", bundle.serviceAreas.map(serviceAreaObject));
  tables.set(
    "attribute",
    bundle.attributes.map((a) => ({
      id: attributeId(a.serviceId, a.taxonomyTermId),
      link_id: a.serviceId,
      taxonomy_term_id: a.taxonomyTermId,
      link_type: ATTRIBUTE_LINK_TYPE,
      link_entity: "service",
    })),
  );
  tables.set("taxonomy", bundle.taxonomies.map(taxonomyObject));
  tables.set(
    "taxonomy_term",
    bundle.terms.map((t) => {
      const { taxonomy_detail: _detail, ...flat } = termObject(
        t,
        t.taxonomyId ? taxonomyById.get(t.taxonomyId) : undefined,
      );
      return flat;
    }),
  );
  return tables;
}

const cell = (value: unknown): string =>
  value === undefined || value === null ? "" : String(value);

/** One CSV per HSDS table, header row in the specification's column order, every table present. */
export function tablesToCsv(tables: Map<TableName, HsdsObject[]>): Map<string, string> {
  const files = new Map<string, string>();
  for (const def of hsdsTables) {
    const header = def.fields.map((f) => f.name);
    const rows = (tables.get(def.name as TableName) ?? []).map((row) =>
      header.map((name) => cell(row[name])),
    );
    files.set(def.path, stringify([header, ...rows], { record_delimiter: "\n" }));
  }
  return files;
}
