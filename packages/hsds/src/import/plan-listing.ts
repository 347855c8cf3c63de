import { findCity, findState, stateByCode } from "@puente/geo";
import { puenteColumns } from "../tables";
import { num, str, type Known, type Plan, type PlannedRow } from "./plan";
import type { Problems } from "./problems";
import type { ValidRow } from "./validate";

/**
 * Organizations, services, locations and addresses: the rows other rows point at.
 * Each function accepts or rejects rows in input order and records what it accepted in `known`,
 * so later tables can check their references against it.
 */

const slugify = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);

/** A USPS code from an HSDS address, when it is a US one: "GA", "Georgia", "ga". */
function usState(address: ValidRow | undefined): string | undefined {
  if (!address) return undefined;
  const country = (str(address.values, "country") ?? "US").toUpperCase();
  if (country !== "US" && country !== "USA") return undefined;
  const text = str(address.values, "state_province") ?? "";
  return (stateByCode(text.toUpperCase()) ?? findState(text))?.code;
}

export function planOrganizations(rows: ValidRow[], known: Known, plan: Plan) {
  for (const row of rows.filter((r) => r.table === "organization")) {
    const id = String(row.values.id);
    const name = str(row.values, "name") ?? "";
    const kind = str(row.values, puenteColumns.kind);
    const values: Record<string, unknown> = {
      name,
      alternateName: str(row.values, "alternate_name") ?? null,
      description: str(row.values, "description") ?? null,
      email: str(row.values, "email") ?? null,
      website: str(row.values, "website") ?? null,
      yearIncorporated: num(row.values, "year_incorporated") ?? null,
      legalStatus: str(row.values, "legal_status") ?? null,
    };
    // Puente's kind is not HSDS: set only when the input says it, "other" for a new listing otherwise.
    if (kind) values.kind = kind;
    known.organizations.add(id);
    plan.rows.push({
      table: "organization",
      id,
      organizationId: id,
      where: row.where,
      values,
      insertOnly: {
        slug: `${slugify(name) || "organization"}-${id.slice(0, 8)}`,
        kind: "other",
        state: "US",
      },
    });
  }
}

/**
 * Puente needs an organization's state (a required USPS code) and shows its city; HSDS keeps
 * both on addresses. Taken from the first of its imported locations with a US address. A new
 * listing with none gets "US" (nationwide or unknown), with a warning; an existing one keeps its own.
 */
export function placeOrganizations(known: Known, plan: Plan, problems: Problems) {
  const located = new Map<string, PlannedRow>();
  for (const row of plan.rows) {
    if (
      row.table === "location" &&
      row.organizationId &&
      row.values.stateCode &&
      !located.has(row.organizationId)
    ) {
      located.set(row.organizationId, row);
    }
  }
  for (const row of plan.rows) {
    if (row.table !== "organization") continue;
    const location = located.get(row.id);
    if (location) {
      row.values.state = location.values.stateCode;
      row.values.city = location.values.city;
    } else if (!known.existingOrgs.has(row.id)) {
      problems.warn(
        row.where,
        `organization ${row.id}: no US state in its addresses; stored with state "US" (nationwide or unknown).`,
      );
    }
  }
}

export function planServices(rows: ValidRow[], known: Known, plan: Plan, problems: Problems) {
  for (const row of rows.filter((r) => r.table === "service")) {
    const id = String(row.values.id);
    const org = str(row.values, "organization_id") ?? "";
    if (!known.organizations.has(org)) {
      problems.error(
        row.where,
        `Rejected service: ${known.missing("organization", org, "organization_id")}.`,
      );
      known.reject(row);
      continue;
    }
    known.serviceOrg.set(id, org);
    const v = row.values;
    plan.rows.push({
      table: "service",
      id,
      organizationId: org,
      where: row.where,
      values: {
        organizationId: org,
        name: str(v, "name"),
        alternateName: str(v, "alternate_name") ?? null,
        description: str(v, "description") ?? null,
        url: str(v, "url") ?? null,
        email: str(v, "email") ?? null,
        status: str(v, "status"),
        interpretationServices: str(v, "interpretation_services") ?? null,
        applicationProcess: str(v, "application_process") ?? null,
        feesDescription: str(v, "fees_description") ?? null,
        eligibilityDescription: str(v, "eligibility_description") ?? null,
        minimumAge: num(v, "minimum_age") ?? null,
        maximumAge: num(v, "maximum_age") ?? null,
        assuredDate: str(v, "assured_date") ?? null,
        assurerEmail: str(v, "assurer_email") ?? null,
        alert: str(v, "alert") ?? null,
      },
    });
  }
}

const inRange = (lat: number | undefined, lon: number | undefined) =>
  lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;

export function planLocations(rows: ValidRow[], known: Known, plan: Plan, problems: Problems) {
  const servicesAt = new Map<string, string[]>();
  for (const r of rows.filter((x) => x.table === "service_at_location")) {
    const loc = str(r.values, "location_id") ?? "";
    servicesAt.set(loc, [...(servicesAt.get(loc) ?? []), str(r.values, "service_id") ?? ""]);
  }
  const addressOf = new Map<string, ValidRow>();
  for (const r of rows) {
    const loc = str(r.values, "location_id");
    if (r.table === "address" && loc && !addressOf.has(loc)) addressOf.set(loc, r);
  }
  for (const row of rows.filter((r) => r.table === "location")) {
    const id = String(row.values.id);
    const given = str(row.values, "organization_id");
    // HSDS makes a location's organization optional; Puente needs one: the organization of a service offered there.
    const viaService = (servicesAt.get(id) ?? [])
      .map((s) => known.serviceOrg.get(s))
      .find((o) => o !== undefined);
    const org = given && known.organizations.has(given) ? given : viaService;
    if (!org) {
      const why = given
        ? known.missing("organization", given, "organization_id")
        : "it has no organization_id";
      problems.error(
        row.where,
        `Rejected location: ${why}, and no service in the import is offered there.`,
      );
      known.reject(row);
      continue;
    }
    if (given && given !== org) {
      problems.warn(
        row.where,
        `location ${id}: ${known.missing("organization", given, "organization_id")}; attached to organization ${org}, whose service is offered there.`,
      );
    }
    let lat = num(row.values, "latitude");
    let lon = num(row.values, "longitude");
    if ((lat !== undefined || lon !== undefined) && !inRange(lat, lon)) {
      problems.warn(
        row.where,
        `location ${id}: latitude/longitude ${lat ?? "?"}, ${lon ?? "?"} is not a point on Earth; stored without coordinates.`,
      );
      lat = lon = undefined;
    }
    const confidentiality = str(row.values, puenteColumns.confidentiality) ?? "public";
    const address = addressOf.get(id);
    const stateCode = usState(address) ?? null;
    const city = address ? (str(address.values, "city") ?? null) : null;
    // A confidential location is shown at its city's centroid, never at its street (locations.ts).
    const centroid =
      confidentiality === "members" && city && stateCode ? findCity(city, stateCode) : undefined;
    known.locationOrg.set(id, org);
    plan.rows.push({
      table: "location",
      id,
      organizationId: org,
      where: row.where,
      values: {
        organizationId: org,
        locationType: str(row.values, "location_type"),
        name: str(row.values, "name") ?? null,
        alternateName: str(row.values, "alternate_name") ?? null,
        description: str(row.values, "description") ?? null,
        transportation: str(row.values, "transportation") ?? null,
        url: str(row.values, "url") ?? null,
        latitude: lat ?? null,
        longitude: lon ?? null,
        publicLatitude: centroid?.lat ?? null,
        publicLongitude: centroid?.lon ?? null,
        city,
        stateCode,
        confidentiality,
      },
    });
  }
}

export function planAddresses(rows: ValidRow[], known: Known, plan: Plan, problems: Problems) {
  for (const row of rows.filter((r) => r.table === "address")) {
    const location = str(row.values, "location_id");
    const org = location ? known.locationOrg.get(location) : undefined;
    if (!location || !org) {
      const why = location
        ? known.missing("location", location, "location_id")
        : "location_id is required (Puente keeps addresses on locations)";
      problems.error(row.where, `Rejected address: ${why}.`);
      known.reject(row);
      continue;
    }
    const v = row.values;
    plan.rows.push({
      table: "address",
      id: String(v.id),
      organizationId: org,
      where: row.where,
      values: {
        locationId: location,
        attention: str(v, "attention") ?? null,
        address1: str(v, "address_1"),
        address2: str(v, "address_2") ?? null,
        city: str(v, "city"),
        region: str(v, "region") ?? null,
        stateProvince: str(v, "state_province"),
        postalCode: str(v, "postal_code"),
        country: str(v, "country"),
        addressType: str(v, "address_type"),
        confidentiality: str(v, puenteColumns.confidentiality) ?? "public",
      },
    });
  }
}
