import type { Executor } from "@puente/db";
import { ensureTaxonomy, refreshSearchEntries, taxonomyTermDefinitions } from "@puente/db/directory";
import {
  addresses,
  contacts,
  locations,
  phones,
  serviceAreas,
  serviceAtLocations,
  serviceLanguages,
  services,
  serviceTaxonomyTerms,
} from "@puente/db/schema";
import { createOrganization, createUser, addMember } from "@puente/db/seed";

/** Strings that exist only in members-class fields: finding one in a visitor's output is a leak. */
export const SECRET = {
  street: "1 Hidden Refuge Way",
  suite: "Unit SECRET-77",
  phone: "404-555-0177",
  contactEmail: "secret.staff@refuge.example.org",
} as const;

const termId = (code: string) => {
  const term = taxonomyTermDefinitions.find((t) => t.code === code);
  if (!term) throw new Error(`unknown term ${code}`);
  return term.id;
};

interface ServiceSpec {
  name: string;
  terms: string[];
  languages: string[];
  areas?: Array<{ stateCode?: string; countyFips?: string }>;
}

export async function addService(db: Executor, organizationId: string, spec: ServiceSpec, locationIds: string[]) {
  const [service] = await db
    .insert(services)
    .values({ organizationId, name: spec.name, description: `${spec.name} for survivors.` })
    .returning();
  const id = service!.id;
  if (spec.terms.length) await db.insert(serviceTaxonomyTerms).values(spec.terms.map((c) => ({ serviceId: id, taxonomyTermId: termId(c) })));
  if (spec.languages.length) await db.insert(serviceLanguages).values(spec.languages.map((code) => ({ serviceId: id, code })));
  for (const area of spec.areas ?? []) await db.insert(serviceAreas).values({ serviceId: id, ...area });
  for (const locationId of locationIds) await db.insert(serviceAtLocations).values({ serviceId: id, locationId });
  return id;
}

export async function addLocation(
  db: Executor,
  organizationId: string,
  spec: { city: string; stateCode: string; lat: number; lon: number; publicLat?: number; publicLon?: number; confidential?: boolean },
) {
  const [location] = await db
    .insert(locations)
    .values({
      organizationId,
      name: spec.confidential ? "Refuge shelter" : `${spec.city} office`,
      city: spec.city,
      stateCode: spec.stateCode,
      latitude: spec.lat,
      longitude: spec.lon,
      publicLatitude: spec.publicLat ?? spec.lat,
      publicLongitude: spec.publicLon ?? spec.lon,
      confidentiality: spec.confidential ? "members" : "public",
    })
    .returning();
  return location!.id;
}

/**
 * Five listings with known geography: a confidential shelter in Atlanta, a statewide Georgia legal
 * line based in Savannah, a Macon group serving Fulton County, a national hotline, and a Houston
 * clinic that must never match a search around Atlanta.
 */
export async function seedDirectoryFixture(db: Executor) {
  await ensureTaxonomy(db);
  const refuge = await createOrganization(db, { name: "Refugio Esperanza", kind: "dv_program", city: "Atlanta", state: "GA" });
  const admin = await createUser(db, { email: "refuge.admin@example.org", name: "Refuge Admin" });
  await addMember(db, refuge.id, admin.id, "admin");
  const shelter = await addLocation(db, refuge.id, {
    city: "Atlanta",
    stateCode: "GA",
    lat: 33.81,
    lon: -84.43,
    publicLat: 33.749,
    publicLon: -84.388,
    confidential: true,
  });
  await db.insert(addresses).values({
    locationId: shelter,
    address1: SECRET.street,
    address2: SECRET.suite,
    city: "Atlanta",
    stateProvince: "GA",
    postalCode: "30318",
    confidentiality: "members",
  });
  await db.insert(phones).values({ locationId: shelter, number: SECRET.phone, confidentiality: "members" });
  await db.insert(phones).values({ organizationId: refuge.id, number: "404-555-0100", confidentiality: "public" });
  await db.insert(contacts).values({ organizationId: refuge.id, name: "Shelter Director", email: SECRET.contactEmail });
  await addService(db, refuge.id, { name: "Ayuda de inmigración para sobrevivientes", terms: ["u-visa", "emergency-shelter"], languages: ["es", "en"] }, [shelter]);

  const statewide = await createOrganization(db, { name: "Georgia Immigrant Legal Line", kind: "legal_services", city: "Savannah", state: "GA" });
  const savannah = await addLocation(db, statewide.id, { city: "Savannah", stateCode: "GA", lat: 32.08, lon: -81.09 });
  await addService(db, statewide.id, { name: "Statewide U visa line", terms: ["u-visa"], languages: ["vi", "en"], areas: [{ stateCode: "GA" }] }, [savannah]);

  const county = await createOrganization(db, { name: "Macon Community Advocates", kind: "immigrant_rights", city: "Macon", state: "GA" });
  const macon = await addLocation(db, county.id, { city: "Macon", stateCode: "GA", lat: 32.84, lon: -83.63 });
  await addService(db, county.id, { name: "Know your rights workshops", terms: ["community-education"], languages: ["es"], areas: [{ stateCode: "GA", countyFips: "13121" }] }, [macon]);

  const national = await createOrganization(db, { name: "National Survivor Hotline", kind: "other", city: "Washington", state: "DC" });
  await addService(db, national.id, { name: "24-hour hotline", terms: ["hotline"], languages: ["en", "es"], areas: [{}] }, []);

  const houston = await createOrganization(db, { name: "Houston Legal Clinic", kind: "legal_services", city: "Houston", state: "TX" });
  const houstonOffice = await addLocation(db, houston.id, { city: "Houston", stateCode: "TX", lat: 29.76, lon: -95.37 });
  await addService(db, houston.id, { name: "U visa clinic", terms: ["u-visa"], languages: ["es"] }, [houstonOffice]);

  await refreshSearchEntries(db);
  return { refuge, statewide, county, national, houston, refugeAdmin: admin };
}
