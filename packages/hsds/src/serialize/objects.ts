import { createHash } from "node:crypto";
import { countyByFips, stateByCode } from "@puente/geo";
import type {
  AddressRow,
  ContactRow,
  LanguageRow,
  LocationRow,
  OrganizationRow,
  PhoneRow,
  ScheduleRow,
  ServiceAreaRow,
  ServiceAtLocationRow,
  ServiceRow,
  TaxonomyRow,
  TermRow,
} from "./public-rows";

/**
 * One Puente row → one flat HSDS object (no nesting; see assemble.ts). HSDS types its fields as
 * plain strings and numbers, never null, so empty values are left out rather than sent as null.
 */

export type HsdsObject = Record<string, unknown>;

/** Drops null and undefined so the object validates against HSDS's non-nullable types. */
export function compact<T extends HsdsObject>(object: T): T {
  return Object.fromEntries(
    Object.entries(object).filter(([, v]) => v !== null && v !== undefined),
  ) as T;
}

/** HSDS `uri` fields must be absolute; listings often hold "example.org". */
export function asUri(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  for (const candidate of [value.trim(), `https://${value.trim()}`]) {
    try {
      const url = new URL(candidate);
      if ((url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes("."))
        return candidate;
    } catch {
      // Not a URL in this form; try the next.
    }
  }
  return undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const asEmail = (value: string | null | undefined) =>
  value && EMAIL.test(value) ? value : undefined;

/** HSDS phone extensions are numbers; Puente keeps text ("x12"), so only digits pass. */
const asExtension = (value: string | null) =>
  value && /^\d{1,9}$/.test(value) ? Number(value) : undefined;

/**
 * Puente links services to terms with a plain join table; HSDS wants an attribute id. Derived
 * from the pair (SHA-1, formatted as a version-5 UUID) so every export names it the same.
 */
export function attributeId(serviceId: string, termId: string): string {
  const hex = createHash("sha1").update(`puente-attribute:${serviceId}:${termId}`).digest("hex");
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16).padStart(2, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

export const ATTRIBUTE_LINK_TYPE = "service_category";

export function organizationObject(o: OrganizationRow): HsdsObject {
  return compact({
    id: o.id,
    name: o.name,
    alternate_name: o.alternateName,
    // Required by HSDS; a listing without one still publishes, with an empty description.
    description: o.description ?? "",
    email: asEmail(o.email),
    website: asUri(o.website),
    year_incorporated: o.yearIncorporated,
    legal_status: o.legalStatus,
  });
}

export function serviceObject(s: ServiceRow): HsdsObject {
  return compact({
    id: s.id,
    organization_id: s.organizationId,
    name: s.name,
    alternate_name: s.alternateName,
    description: s.description,
    url: asUri(s.url),
    email: asEmail(s.email),
    status: s.status,
    interpretation_services: s.interpretationServices,
    application_process: s.applicationProcess,
    fees_description: s.feesDescription,
    eligibility_description: s.eligibilityDescription,
    minimum_age: s.minimumAge,
    maximum_age: s.maximumAge,
    assured_date: s.assuredDate,
    assurer_email: asEmail(s.assurerEmail),
    alert: s.alert,
    last_modified: s.updatedAt.toISOString(),
  });
}

export function locationObject(l: LocationRow): HsdsObject {
  return compact({
    id: l.id,
    location_type: l.locationType,
    url: asUri(l.url),
    organization_id: l.organizationId,
    name: l.name,
    alternate_name: l.alternateName,
    description: l.description,
    transportation: l.transportation,
    latitude: l.latitude,
    longitude: l.longitude,
  });
}

export function addressObject(a: AddressRow): HsdsObject {
  return compact({
    id: a.id,
    location_id: a.locationId,
    attention: a.attention,
    address_1: a.address1,
    address_2: a.address2,
    city: a.city,
    region: a.region,
    state_province: a.stateProvince,
    postal_code: a.postalCode,
    country: a.country,
    address_type: a.addressType,
  });
}

export function phoneObject(p: PhoneRow): HsdsObject {
  return compact({
    id: p.id,
    location_id: p.locationId,
    service_id: p.serviceId,
    organization_id: p.organizationId,
    contact_id: p.contactId,
    number: p.number,
    extension: asExtension(p.extension),
    type: p.type,
    description: p.description,
  });
}

export function contactObject(c: ContactRow): HsdsObject {
  return compact({
    id: c.id,
    organization_id: c.organizationId,
    service_id: c.serviceId,
    name: c.name,
    title: c.title,
    department: c.department,
    email: asEmail(c.email),
  });
}

export function languageObject(l: LanguageRow): HsdsObject {
  return compact({
    id: l.id,
    service_id: l.serviceId,
    location_id: l.locationId,
    name: l.name,
    code: l.code,
    note: l.note,
  });
}

const FREQS = new Set(["WEEKLY", "MONTHLY"]);

export function scheduleObject(s: ScheduleRow): HsdsObject {
  return compact({
    id: s.id,
    service_id: s.serviceId,
    location_id: s.locationId,
    freq: s.freq && FREQS.has(s.freq) ? s.freq : undefined,
    byday: s.byday,
    opens_at: s.opensAt,
    closes_at: s.closesAt,
    description: s.description,
  });
}

/** Puente areas are structured (state, county FIPS, or the nation); HSDS wants a name. */
export function serviceAreaName(a: ServiceAreaRow): string {
  if (a.name) return a.name;
  const county = a.countyFips ? countyByFips(a.countyFips) : undefined;
  if (county) return `${county.fullName}, ${county.stateCode}`;
  const state = a.stateCode ? stateByCode(a.stateCode) : undefined;
  if (state) return state.name;
  return "United States";
}

export function serviceAreaObject(a: ServiceAreaRow): HsdsObject {
  return compact({
    id: a.id,
    service_id: a.serviceId,
    name: serviceAreaName(a),
    description: a.description,
    extent: a.extent,
    extent_type: a.extentType,
    uri: a.uri,
  });
}

export function serviceAtLocationObject(sal: ServiceAtLocationRow): HsdsObject {
  return compact({
    id: sal.id,
    service_id: sal.serviceId,
    location_id: sal.locationId,
    description: sal.description,
  });
}

export function taxonomyObject(t: TaxonomyRow): HsdsObject {
  return compact({
    id: t.id,
    name: t.name,
    description: t.description,
    uri: asUri(t.uri),
    version: t.version,
  });
}

/** English name and description; the Spanish labels stay in Puente (see README, Taxonomy). */
export function termObject(t: TermRow, taxonomy: TaxonomyRow | undefined): HsdsObject {
  return compact({
    id: t.id,
    code: t.code,
    name: t.name,
    description: t.description,
    parent_id: t.parentId,
    taxonomy: taxonomy?.name,
    taxonomy_id: t.taxonomyId,
    taxonomy_detail: taxonomy ? taxonomyObject(taxonomy) : undefined,
    language: "en",
    term_uri: asUri(t.termUri),
  });
}

export function attributeObject(serviceId: string, term: HsdsObject & { id: string }): HsdsObject {
  return {
    id: attributeId(serviceId, term.id),
    link_id: serviceId,
    taxonomy_term_id: term.id,
    link_type: ATTRIBUTE_LINK_TYPE,
    link_entity: "service",
    taxonomy_term: term,
  };
}
