import path from "node:path";
import type { Executor } from "@puente/db";
import {
  ensureTaxonomy,
  refreshSearchEntries,
  taxonomyTermDefinitions,
} from "@puente/db/directory";
import { findRepoRoot } from "@puente/db/paths";
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
} from "@puente/db/schema";

/** The specification's reference files, beside the repository (shared/hsds); tests skip without them. */
export const hsdsReferenceDir = path.resolve(findRepoRoot(), "..", "shared", "hsds");

/** Appears only in members-class rows: any output that contains it has leaked a confidential field. */
export const MARKER = "ZQXSECRET";

const termId = (code: string) => {
  const term = taxonomyTermDefinitions.find((t) => t.code === code);
  if (!term) throw new Error(`no term ${code}`);
  return term.id;
};

export const ids = {
  org: "0a000000-0000-4000-8000-000000000001",
  rejectedOrg: "0a000000-0000-4000-8000-000000000002",
  service: "0b000000-0000-4000-8000-000000000001",
  legalService: "0b000000-0000-4000-8000-000000000002",
  office: "0c000000-0000-4000-8000-000000000001",
  shelter: "0c000000-0000-4000-8000-000000000002",
  officeSal: "0d000000-0000-4000-8000-000000000001",
  shelterSal: "0d000000-0000-4000-8000-000000000002",
  staff: "0e000000-0000-4000-8000-000000000001",
  publicContact: "0e000000-0000-4000-8000-000000000002",
} as const;

/**
 * One listing with a public office and a confidential shelter (members-class location, address,
 * phones and staff contact, each carrying MARKER), plus a rejected listing that must not appear.
 */
export async function seedListing(db: Executor) {
  await ensureTaxonomy(db);
  await db.insert(organizations).values([
    {
      id: ids.org,
      name: "Casa Segura",
      slug: "casa-segura",
      kind: "dv_program",
      description: "Shelter and legal help for immigrant survivors.",
      website: "casasegura.example.org",
      email: "info@casasegura.example.org",
      city: "Atlanta",
      state: "GA",
      verificationState: "verified",
      assuredDate: "2026-01-15",
    },
    {
      id: ids.rejectedOrg,
      name: `Rejected ${MARKER}`,
      slug: "rejected",
      kind: "other",
      state: "GA",
      verificationState: "rejected",
    },
  ]);
  await db.insert(services).values([
    {
      id: ids.service,
      organizationId: ids.org,
      name: "Emergency shelter",
      description: "Safe housing, 24 hours.",
      status: "active",
      assuredDate: "2026-01-15",
    },
    {
      id: ids.legalService,
      organizationId: ids.org,
      name: "U visa help",
      description: "Help with U visa petitions.",
      status: "active",
      url: "https://casasegura.example.org/legal",
    },
  ]);
  await db.insert(serviceTaxonomyTerms).values([
    { serviceId: ids.service, taxonomyTermId: termId("emergency-shelter") },
    { serviceId: ids.legalService, taxonomyTermId: termId("u-visa") },
  ]);
  await db.insert(locations).values([
    {
      id: ids.office,
      organizationId: ids.org,
      name: "Main office",
      latitude: 33.7537,
      longitude: -84.3863,
      city: "Atlanta",
      stateCode: "GA",
    },
    {
      id: ids.shelter,
      organizationId: ids.org,
      name: `Shelter ${MARKER}`,
      description: `Behind the ${MARKER} church`,
      latitude: 33.8001,
      longitude: -84.4002,
      publicLatitude: 33.749,
      publicLongitude: -84.388,
      city: "Atlanta",
      stateCode: "GA",
      confidentiality: "members",
    },
  ]);
  await db.insert(addresses).values([
    {
      locationId: ids.office,
      address1: "100 Peachtree St NW",
      city: "Atlanta",
      stateProvince: "GA",
      postalCode: "30303",
    },
    {
      locationId: ids.shelter,
      address1: `12 ${MARKER} Lane`,
      city: "Atlanta",
      stateProvince: "GA",
      postalCode: "30318",
      confidentiality: "members",
    },
    // A public-class address on a confidential location is still hidden: the location decides first.
    {
      locationId: ids.shelter,
      address1: `14 ${MARKER} Lane`,
      city: "Atlanta",
      stateProvince: "GA",
      postalCode: "30318",
    },
  ]);
  await db.insert(contacts).values([
    {
      id: ids.staff,
      organizationId: ids.org,
      name: `Staff ${MARKER}`,
      email: `staff.${MARKER}@example.org`,
    },
    {
      id: ids.publicContact,
      organizationId: ids.org,
      serviceId: ids.legalService,
      name: "Intake desk",
      email: "intake@example.org",
      confidentiality: "public",
    },
  ]);
  await db.insert(phones).values([
    {
      organizationId: ids.org,
      number: "404-555-0100",
      type: "voice",
      description: "24-hour hotline",
    },
    { locationId: ids.office, organizationId: ids.org, number: "404-555-0101" },
    { serviceId: ids.legalService, number: "404-555-0102", extension: "12" },
    {
      locationId: ids.shelter,
      organizationId: ids.org,
      number: `404-${MARKER}-1`,
      confidentiality: "members",
    },
    { locationId: ids.shelter, organizationId: ids.org, number: `404-${MARKER}-2` },
    { contactId: ids.staff, organizationId: ids.org, number: `404-${MARKER}-3` },
    { organizationId: ids.org, number: `404-${MARKER}-4`, confidentiality: "members" },
  ]);
  await db.insert(serviceAtLocations).values([
    {
      id: ids.officeSal,
      serviceId: ids.legalService,
      locationId: ids.office,
      description: "Walk-in hours",
    },
    {
      id: ids.shelterSal,
      serviceId: ids.service,
      locationId: ids.shelter,
      description: `Intake at ${MARKER}`,
    },
  ]);
  await db.insert(serviceLanguages).values([
    { serviceId: ids.service, code: "es", name: "Spanish" },
    { serviceId: ids.legalService, code: "en", name: "English" },
    { locationId: ids.shelter, code: "fr", name: "French", note: `Spoken at ${MARKER}` },
  ]);
  await db.insert(schedules).values([
    {
      serviceId: ids.legalService,
      locationId: ids.office,
      byday: "MO,TU,WE",
      opensAt: "09:00",
      closesAt: "17:00",
    },
    {
      serviceId: ids.service,
      locationId: ids.shelter,
      byday: "MO,TU,WE,TH,FR,SA,SU",
      opensAt: "00:00",
      closesAt: "23:59",
    },
  ]);
  await db.insert(serviceAreas).values([
    { serviceId: ids.service, stateCode: "GA", countyFips: "13121" },
    { serviceId: ids.legalService, stateCode: "GA" },
  ]);
  await refreshSearchEntries(db, [ids.org, ids.rejectedOrg]);
}
