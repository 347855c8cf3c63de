import { isOrganizationAdmin, type Actor } from "@puente/auth/actor";
import type { Executor } from "@puente/db";
import {
  addresses,
  contacts,
  locations,
  organizations,
  phones,
  schedules,
  serviceAreas,
  serviceLanguages,
  services,
  serviceTaxonomyTerms,
  taxonomyTerms,
} from "@puente/db/schema";
import { and, asc, eq, inArray, ne, type Column, type SQL } from "drizzle-orm";
import { notFound } from "../errors";
import { audienceOf, type Audience } from "./audience";
import { mayEditListing } from "./editors";
import { isStale } from "./stale";

/** Confidential rows are filtered in SQL: what a reader may not see is never even loaded. */
function visibleTo(audience: Audience, column: Column): SQL | undefined {
  return audience === "members" ? undefined : eq(column, "public");
}

export async function getListing(db: Executor, actor: Actor, organizationId: string) {
  const audience = audienceOf(actor);
  const [org] = await db
    .select()
    .from(organizations)
    .where(and(eq(organizations.id, organizationId), ne(organizations.verificationState, "rejected")));
  if (!org) throw notFound();

  const serviceRows = await db
    .select()
    .from(services)
    .where(eq(services.organizationId, org.id))
    .orderBy(asc(services.name));
  const serviceIds = serviceRows.map((s) => s.id);
  // Only called when there are services: an empty IN list is not valid SQL.
  const inServices = (table: { serviceId: Column }) => inArray(table.serviceId, serviceIds);

  const [terms, languages, hours, areas, locationRows, contactRows, phoneRows] = await Promise.all([
    serviceIds.length
      ? db
          .select({ serviceId: serviceTaxonomyTerms.serviceId, code: taxonomyTerms.code })
          .from(serviceTaxonomyTerms)
          .innerJoin(taxonomyTerms, eq(taxonomyTerms.id, serviceTaxonomyTerms.taxonomyTermId))
          .where(inServices(serviceTaxonomyTerms))
      : [],
    serviceIds.length ? db.select().from(serviceLanguages).where(inServices(serviceLanguages)) : [],
    serviceIds.length ? db.select().from(schedules).where(inServices(schedules)) : [],
    serviceIds.length ? db.select().from(serviceAreas).where(inServices(serviceAreas)) : [],
    db.select().from(locations).where(eq(locations.organizationId, org.id)).orderBy(asc(locations.name)),
    db
      .select()
      .from(contacts)
      .where(and(eq(contacts.organizationId, org.id), visibleTo(audience, contacts.confidentiality))),
    db
      .select()
      .from(phones)
      .where(and(eq(phones.organizationId, org.id), visibleTo(audience, phones.confidentiality))),
  ]);

  const locationIds = locationRows.map((l) => l.id);
  const [addressRows, locationPhones] = locationIds.length
    ? await Promise.all([
        db
          .select()
          .from(addresses)
          .where(and(inArray(addresses.locationId, locationIds), visibleTo(audience, addresses.confidentiality))),
        db
          .select()
          .from(phones)
          .where(and(inArray(phones.locationId, locationIds), visibleTo(audience, phones.confidentiality))),
      ])
    : [[], []];

  const shownLocations = locationRows.map((l) => {
    const hidden = l.confidentiality === "members" && audience === "public";
    // A confidential location shows non-members only that it exists and its city.
    return hidden
      ? {
          id: l.id,
          confidential: true,
          hidden: true,
          name: null,
          description: null,
          city: l.city,
          stateCode: l.stateCode,
          point: l.publicLatitude !== null && l.publicLongitude !== null ? { lat: l.publicLatitude, lon: l.publicLongitude } : null,
          addresses: [],
          phones: [],
        }
      : {
          id: l.id,
          confidential: l.confidentiality === "members",
          hidden: false,
          name: l.name,
          description: l.description,
          city: l.city,
          stateCode: l.stateCode,
          point: l.latitude !== null && l.longitude !== null ? { lat: l.latitude, lon: l.longitude } : null,
          addresses: addressRows.filter((a) => a.locationId === l.id),
          phones: locationPhones.filter((p) => p.locationId === l.id),
        };
  });

  return {
    audience,
    canEdit: await mayEditListing(db, actor, org.id),
    canManageEditors: isOrganizationAdmin(actor, org.id),
    organization: {
      id: org.id,
      name: org.name,
      alternateName: org.alternateName,
      kind: org.kind,
      description: org.description,
      website: org.website,
      email: org.email,
      city: org.city,
      stateCode: org.state,
      populations: org.populations,
      acceptsReferrals: org.acceptsReferrals,
      verified: org.verificationState === "verified",
      assuredDate: org.assuredDate,
      stale: isStale(org.assuredDate),
      updatedAt: org.updatedAt,
    },
    services: serviceRows.map((s) => ({
      id: s.id,
      name: s.name,
      description: s.description,
      status: s.status,
      url: s.url,
      email: s.email,
      eligibilityDescription: s.eligibilityDescription,
      applicationProcess: s.applicationProcess,
      feesDescription: s.feesDescription,
      interpretationServices: s.interpretationServices,
      assuredDate: s.assuredDate,
      termCodes: terms.filter((t) => t.serviceId === s.id).map((t) => t.code),
      languages: languages.filter((l) => l.serviceId === s.id).map((l) => ({ code: l.code, name: l.name })),
      schedules: hours
        .filter((h) => h.serviceId === s.id)
        .map((h) => ({ byday: h.byday, opensAt: h.opensAt, closesAt: h.closesAt, description: h.description })),
      areas: areas
        .filter((a) => a.serviceId === s.id)
        .map((a) => ({ name: a.name, stateCode: a.stateCode, countyFips: a.countyFips })),
    })),
    locations: shownLocations,
    contacts: contactRows.map((c) => ({ id: c.id, name: c.name, title: c.title, email: c.email, confidential: c.confidentiality === "members" })),
    phones: phoneRows
      .filter((p) => p.locationId === null)
      .map((p) => ({ id: p.id, number: p.number, type: p.type, description: p.description, confidential: p.confidentiality === "members" })),
  };
}

export type Listing = Awaited<ReturnType<typeof getListing>>;
