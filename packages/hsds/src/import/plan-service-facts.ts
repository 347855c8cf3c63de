import { resolvePlace } from "@puente/geo";
import { locationOf, rowsOf, serviceOf, str, type Known, type Plan } from "./plan";
import type { Problems } from "./problems";
import type { ValidRow } from "./validate";

/**
 * Languages, schedules, service areas and attributes: what describes a service. A language or
 * schedule that belongs to nothing Puente keeps (HSDS also uses them for phones) is skipped with
 * a warning rather than rejected.
 */

/** Languages and schedules: kept on their service and/or location. */
export function planServiceDetails(rows: ValidRow[], known: Known, plan: Plan, problems: Problems) {
  for (const row of [...rowsOf(rows, "language"), ...rowsOf(rows, "schedule")]) {
    const service = serviceOf(row, known, problems);
    const location = locationOf(row, known, problems);
    const owner =
      (service ? known.serviceOrg.get(service) : undefined) ??
      (location ? known.locationOrg.get(location) : undefined);
    const id = String(row.values.id);
    if (!owner) {
      problems.warn(
        row.where,
        `${row.table} ${id}: belongs to no service or location in Puente (phone languages are not kept); skipped.`,
      );
      continue;
    }
    const v = row.values;
    if (row.table === "language") {
      const code = str(v, "code");
      if (!code) {
        problems.warn(
          row.where,
          `language ${id}: no ISO 639 code, which Puente's language filters need; skipped.`,
        );
        continue;
      }
      plan.rows.push({
        table: "language",
        id,
        organizationId: owner,
        where: row.where,
        values: {
          serviceId: service ?? null,
          locationId: location ?? null,
          name: str(v, "name") ?? null,
          code: code.toLowerCase(),
          note: str(v, "note") ?? null,
        },
      });
    } else {
      plan.rows.push({
        table: "schedule",
        id,
        organizationId: owner,
        where: row.where,
        values: {
          serviceId: service ?? null,
          locationId: location ?? null,
          freq: str(v, "freq") ?? null,
          byday: str(v, "byday") ?? null,
          opensAt: str(v, "opens_at") ?? null,
          closesAt: str(v, "closes_at") ?? null,
          description: str(v, "description") ?? null,
        },
      });
    }
  }
}

/** A service area named like a state or a county also gets Puente's structured area, so place search finds it. */
function structuredArea(name: string | undefined) {
  const place = name && name.length <= 80 ? resolvePlace(name) : undefined;
  if (place?.kind === "state") return { stateCode: place.stateCode, countyFips: null };
  if (place?.kind === "county") return { stateCode: place.stateCode, countyFips: place.countyFips };
  return { stateCode: null, countyFips: null };
}

export function planServiceAreas(rows: ValidRow[], known: Known, plan: Plan, problems: Problems) {
  for (const row of rowsOf(rows, "service_area")) {
    const service = str(row.values, "service_id");
    const org = service ? known.serviceOrg.get(service) : undefined;
    if (!service || !org) {
      const why = service
        ? known.missing("service", service, "service_id")
        : "service_id is required (Puente keeps areas on services)";
      problems.error(row.where, `Rejected service_area: ${why}.`);
      known.reject(row);
      continue;
    }
    const v = row.values;
    plan.rows.push({
      table: "service_area",
      id: String(v.id),
      organizationId: org,
      where: row.where,
      values: {
        serviceId: service,
        name: str(v, "name") ?? null,
        description: str(v, "description") ?? null,
        extent: str(v, "extent") ?? null,
        extentType: str(v, "extent_type") ?? null,
        uri: str(v, "uri") ?? null,
        ...structuredArea(str(v, "name")),
      },
    });
  }
}

/** Attributes that file a service under a taxonomy term; Puente keeps no others. */
export function planAttributes(rows: ValidRow[], known: Known, plan: Plan, problems: Problems) {
  for (const row of rowsOf(rows, "attribute")) {
    const entity = str(row.values, "link_entity");
    const link = str(row.values, "link_id") ?? "";
    const term = str(row.values, "taxonomy_term_id") ?? "";
    const org = known.serviceOrg.get(link);
    if (entity && entity !== "service" && !org) {
      problems.note(
        `attributes linked to ${entity} records are not kept; Puente files only services under terms.`,
      );
      continue;
    }
    if (!org) {
      problems.warn(
        row.where,
        `attribute ${String(row.values.id)}: ${known.missing("service", link, "link_id")}; skipped.`,
      );
      continue;
    }
    if (!known.terms.has(term)) {
      problems.warn(
        row.where,
        `attribute ${String(row.values.id)}: ${known.missing("taxonomy_term", term, "taxonomy_term_id")}; skipped.`,
      );
      continue;
    }
    plan.attributes.push({
      serviceId: link,
      taxonomyTermId: term,
      organizationId: org,
      where: row.where,
    });
  }
}
