import { puenteColumns } from "../tables";
import { locationOf, optionalRef, rowsOf, serviceOf, str, type Known, type Plan } from "./plan";
import type { Problems } from "./problems";
import type { ValidRow } from "./validate";

/**
 * service_at_location, contacts and phones: rows that hang off services and locations. HSDS
 * lets most of their links be empty; Puente keeps a row only when it can say whose it is, so a
 * contact or phone with no usable link is rejected.
 */

export function planServiceAtLocations(
  rows: ValidRow[],
  known: Known,
  plan: Plan,
  problems: Problems,
) {
  for (const row of rowsOf(rows, "service_at_location")) {
    const service = str(row.values, "service_id") ?? "";
    const location = str(row.values, "location_id") ?? "";
    const org = known.serviceOrg.get(service);
    const reasons = [
      org ? undefined : known.missing("service", service, "service_id"),
      known.locationOrg.has(location)
        ? undefined
        : known.missing("location", location, "location_id"),
    ].filter(Boolean);
    if (!org || reasons.length) {
      problems.error(row.where, `Rejected service_at_location: ${reasons.join("; ")}.`);
      known.reject(row);
      continue;
    }
    const id = String(row.values.id);
    known.sal.set(id, { serviceId: service, locationId: location });
    plan.rows.push({
      table: "service_at_location",
      id,
      organizationId: org,
      where: row.where,
      values: {
        serviceId: service,
        locationId: location,
        description: str(row.values, "description") ?? null,
      },
    });
  }
}

export function planContacts(rows: ValidRow[], known: Known, plan: Plan, problems: Problems) {
  for (const row of rowsOf(rows, "contact")) {
    const service = serviceOf(row, known, problems);
    const org =
      optionalRef(
        row,
        "organization_id",
        "organization",
        (id) => known.organizations.has(id),
        known,
        problems,
      ) ?? (service ? known.serviceOrg.get(service) : undefined);
    if (!org && !service) {
      problems.error(
        row.where,
        "Rejected contact: it names no organization or service Puente can attach it to.",
      );
      known.reject(row);
      continue;
    }
    const id = String(row.values.id);
    known.contactOrg.set(id, org ?? null);
    plan.rows.push({
      table: "contact",
      id,
      organizationId: org ?? (service ? known.serviceOrg.get(service) : undefined),
      where: row.where,
      values: {
        organizationId: org ?? null,
        serviceId: service ?? null,
        name: str(row.values, "name") ?? null,
        title: str(row.values, "title") ?? null,
        department: str(row.values, "department") ?? null,
        email: str(row.values, "email") ?? null,
        // HSDS data is published data: public unless the Puente column says otherwise.
        confidentiality: str(row.values, puenteColumns.confidentiality) ?? "public",
      },
    });
  }
}

export function planPhones(rows: ValidRow[], known: Known, plan: Plan, problems: Problems) {
  for (const row of rowsOf(rows, "phone")) {
    const location = locationOf(row, known, problems);
    const service = serviceOf(row, known, problems);
    const org = optionalRef(
      row,
      "organization_id",
      "organization",
      (id) => known.organizations.has(id),
      known,
      problems,
    );
    const contact = optionalRef(
      row,
      "contact_id",
      "contact",
      (id) => known.contactOrg.has(id),
      known,
      problems,
    );
    const owner =
      org ??
      (service ? known.serviceOrg.get(service) : undefined) ??
      (location ? known.locationOrg.get(location) : undefined) ??
      (contact ? (known.contactOrg.get(contact) ?? undefined) : undefined);
    if (!owner) {
      problems.error(
        row.where,
        "Rejected phone: it names no organization, service, location or contact Puente can attach it to.",
      );
      known.reject(row);
      continue;
    }
    const v = row.values;
    plan.rows.push({
      table: "phone",
      id: String(v.id),
      organizationId: owner,
      where: row.where,
      values: {
        organizationId: org ?? null,
        serviceId: service ?? null,
        locationId: location ?? null,
        contactId: contact ?? null,
        number: str(v, "number"),
        extension: str(v, "extension") ?? null,
        type: str(v, "type") ?? null,
        description: str(v, "description") ?? null,
        confidentiality: str(v, puenteColumns.confidentiality) ?? "public",
      },
    });
  }
}
