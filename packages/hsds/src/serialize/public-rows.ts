import type { Executor } from "@puente/db";
import {
  addresses,
  contacts,
  locations,
  organizations,
  phones,
  schedules,
  serviceAreas,
  serviceAtLocations,
  serviceLanguages,
  services,
  serviceTaxonomyTerms,
  taxonomies,
  taxonomyTerms,
} from "@puente/db/schema";
import { and, asc, eq, inArray, isNull, ne, or, sql, type Column } from "drizzle-orm";

/**
 * Everything HSDS may publish about a set of listings, read with the data-class rule applied in
 * SQL: a "members" location, address, phone or contact is never selected, so it cannot reach a
 * serializer, a CSV file or a log by mistake. A confidential location is left out whole, with
 * its street, phones, point and service_at_location rows; a service language or schedule that
 * also names such a location keeps its service link and loses the location id.
 */

export type OrganizationRow = typeof organizations.$inferSelect;
export type ServiceRow = typeof services.$inferSelect;
export type LocationRow = typeof locations.$inferSelect;
export type AddressRow = typeof addresses.$inferSelect;
export type PhoneRow = typeof phones.$inferSelect;
export type ContactRow = typeof contacts.$inferSelect;
export type LanguageRow = typeof serviceLanguages.$inferSelect;
export type ScheduleRow = typeof schedules.$inferSelect;
export type ServiceAtLocationRow = typeof serviceAtLocations.$inferSelect;
export type ServiceAreaRow = typeof serviceAreas.$inferSelect;
export type TermRow = typeof taxonomyTerms.$inferSelect;
export type TaxonomyRow = typeof taxonomies.$inferSelect;
export interface AttributeRow {
  serviceId: string;
  taxonomyTermId: string;
}

export interface PublicBundle {
  organizations: OrganizationRow[];
  services: ServiceRow[];
  locations: LocationRow[];
  addresses: AddressRow[];
  phones: PhoneRow[];
  contacts: ContactRow[];
  languages: LanguageRow[];
  schedules: ScheduleRow[];
  serviceAtLocations: ServiceAtLocationRow[];
  serviceAreas: ServiceAreaRow[];
  attributes: AttributeRow[];
  terms: TermRow[];
  taxonomies: TaxonomyRow[];
}

export interface BundleScope {
  /** Listings to read; all public listings when omitted (the export). */
  organizationIds?: string[];
  /** Only these services of those listings (a page of /services). */
  serviceIds?: string[];
}

const listed = ne(organizations.verificationState, "rejected");

/** Subquery of the public locations of listed organizations. */
export function publicLocationIds(db: Executor) {
  return db
    .select({ id: locations.id })
    .from(locations)
    .innerJoin(organizations, eq(organizations.id, locations.organizationId))
    .where(and(eq(locations.confidentiality, "public"), listed));
}

/** Subquery of the public contacts: a phone of a confidential contact is confidential too. */
function publicContactIds(db: Executor) {
  return db
    .select({ id: contacts.id })
    .from(contacts)
    .where(eq(contacts.confidentiality, "public"));
}

export async function loadPublicBundle(
  db: Executor,
  scope: BundleScope = {},
): Promise<PublicBundle> {
  const orgIds = scope.organizationIds;
  const empty =
    (orgIds && orgIds.length === 0) || (scope.serviceIds && scope.serviceIds.length === 0);
  if (empty) return emptyBundle();

  const orgRows = await db
    .select()
    .from(organizations)
    .where(and(listed, orgIds ? inArray(organizations.id, orgIds) : undefined))
    .orderBy(asc(organizations.name), asc(organizations.id));
  const keptOrgIds = orgRows.map((o) => o.id);
  if (keptOrgIds.length === 0) return emptyBundle();

  const serviceRows = await db
    .select()
    .from(services)
    .where(
      and(
        inArray(services.organizationId, keptOrgIds),
        scope.serviceIds ? inArray(services.id, scope.serviceIds) : undefined,
      ),
    )
    .orderBy(asc(services.name), asc(services.id));
  const serviceIds = serviceRows.map((s) => s.id);
  // An empty IN list is not valid SQL: "in no services" is plain false.
  const inServices = (column: Column) =>
    serviceIds.length ? inArray(column, serviceIds) : sql`false`;

  const locationRows = await db
    .select()
    .from(locations)
    .where(
      and(inArray(locations.organizationId, keptOrgIds), eq(locations.confidentiality, "public")),
    )
    .orderBy(asc(locations.name), asc(locations.id));
  const locationIds = locationRows.map((l) => l.id);
  const inLocations = (column: Column) =>
    locationIds.length ? inArray(column, locationIds) : sql`false`;

  const [
    addressRows,
    phoneRows,
    contactRows,
    languageRows,
    scheduleRows,
    salRows,
    areaRows,
    attributeRows,
  ] = await Promise.all([
    db
      .select()
      .from(addresses)
      .where(and(inLocations(addresses.locationId), eq(addresses.confidentiality, "public")))
      .orderBy(asc(addresses.id)),
    db
      .select()
      .from(phones)
      .where(
        and(
          eq(phones.confidentiality, "public"),
          or(isNull(phones.locationId), inArray(phones.locationId, publicLocationIds(db))),
          or(isNull(phones.contactId), inArray(phones.contactId, publicContactIds(db))),
          or(
            inArray(phones.organizationId, keptOrgIds),
            inServices(phones.serviceId),
            inLocations(phones.locationId),
          ),
        ),
      )
      .orderBy(asc(phones.id)),
    db
      .select()
      .from(contacts)
      .where(
        and(
          eq(contacts.confidentiality, "public"),
          or(inArray(contacts.organizationId, keptOrgIds), inServices(contacts.serviceId)),
        ),
      )
      .orderBy(asc(contacts.id)),
    db
      .select({
        id: serviceLanguages.id,
        serviceId: serviceLanguages.serviceId,
        locationId: sql<
          string | null
        >`CASE WHEN ${inLocations(serviceLanguages.locationId)} THEN ${serviceLanguages.locationId} END`,
        name: serviceLanguages.name,
        code: serviceLanguages.code,
        note: serviceLanguages.note,
      })
      .from(serviceLanguages)
      .where(or(inServices(serviceLanguages.serviceId), inLocations(serviceLanguages.locationId)))
      .orderBy(asc(serviceLanguages.id)),
    db
      .select({
        id: schedules.id,
        serviceId: schedules.serviceId,
        locationId: sql<
          string | null
        >`CASE WHEN ${inLocations(schedules.locationId)} THEN ${schedules.locationId} END`,
        freq: schedules.freq,
        byday: schedules.byday,
        opensAt: schedules.opensAt,
        closesAt: schedules.closesAt,
        description: schedules.description,
      })
      .from(schedules)
      .where(or(inServices(schedules.serviceId), inLocations(schedules.locationId)))
      .orderBy(asc(schedules.id)),
    db
      .select()
      .from(serviceAtLocations)
      .where(
        and(inServices(serviceAtLocations.serviceId), inLocations(serviceAtLocations.locationId)),
      )
      .orderBy(asc(serviceAtLocations.id)),
    db
      .select()
      .from(serviceAreas)
      .where(inServices(serviceAreas.serviceId))
      .orderBy(asc(serviceAreas.id)),
    db
      .select({
        serviceId: serviceTaxonomyTerms.serviceId,
        taxonomyTermId: serviceTaxonomyTerms.taxonomyTermId,
      })
      .from(serviceTaxonomyTerms)
      .where(inServices(serviceTaxonomyTerms.serviceId))
      .orderBy(asc(serviceTaxonomyTerms.serviceId), asc(serviceTaxonomyTerms.taxonomyTermId)),
  ]);

  const { terms, taxonomyRows } = await loadTaxonomy(db);
  return {
    organizations: orgRows,
    services: serviceRows,
    locations: locationRows,
    addresses: addressRows,
    phones: phoneRows,
    contacts: contactRows,
    languages: languageRows,
    schedules: scheduleRows,
    serviceAtLocations: salRows,
    serviceAreas: areaRows,
    attributes: attributeRows,
    terms,
    taxonomies: taxonomyRows,
  };
}

/** The taxonomy is public and small (tens of terms): read whole, so attributes can nest their term. */
export async function loadTaxonomy(db: Executor) {
  const [terms, taxonomyRows] = await Promise.all([
    db.select().from(taxonomyTerms).orderBy(asc(taxonomyTerms.code)),
    db.select().from(taxonomies).orderBy(asc(taxonomies.name)),
  ]);
  return { terms, taxonomyRows };
}

function emptyBundle(): PublicBundle {
  return {
    organizations: [],
    services: [],
    locations: [],
    addresses: [],
    phones: [],
    contacts: [],
    languages: [],
    schedules: [],
    serviceAtLocations: [],
    serviceAreas: [],
    attributes: [],
    terms: [],
    taxonomies: [],
  };
}
