import type { Executor } from "../client";
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
} from "../schema";
import { bulkInsert } from "./bulk-insert";

/** The rows of a batch of seeded listings, one array per table, inserted in foreign-key order. */
export interface DirectoryRows {
  organizations: Array<typeof organizations.$inferInsert>;
  locations: Array<typeof locations.$inferInsert>;
  addresses: Array<typeof addresses.$inferInsert>;
  contacts: Array<typeof contacts.$inferInsert>;
  services: Array<typeof services.$inferInsert>;
  serviceTaxonomyTerms: Array<typeof serviceTaxonomyTerms.$inferInsert>;
  serviceAreas: Array<typeof serviceAreas.$inferInsert>;
  serviceAtLocations: Array<typeof serviceAtLocations.$inferInsert>;
  languages: Array<typeof serviceLanguages.$inferInsert>;
  schedules: Array<typeof schedules.$inferInsert>;
  phones: Array<typeof phones.$inferInsert>;
}

export function emptyRows(): DirectoryRows {
  return {
    organizations: [],
    locations: [],
    addresses: [],
    contacts: [],
    services: [],
    serviceTaxonomyTerms: [],
    serviceAreas: [],
    serviceAtLocations: [],
    languages: [],
    schedules: [],
    phones: [],
  };
}

export function rowCount(rows: DirectoryRows): number {
  return Object.values(rows).reduce((sum, list: unknown[]) => sum + list.length, 0);
}

/** Inserts a batch; the caller decides the transaction (one per batch keeps memory flat). */
export async function insertDirectoryRows(db: Executor, rows: DirectoryRows): Promise<void> {
  await bulkInsert(db, organizations, rows.organizations);
  await bulkInsert(db, locations, rows.locations);
  await bulkInsert(db, addresses, rows.addresses);
  await bulkInsert(db, contacts, rows.contacts);
  await bulkInsert(db, services, rows.services);
  await bulkInsert(db, serviceTaxonomyTerms, rows.serviceTaxonomyTerms);
  await bulkInsert(db, serviceAreas, rows.serviceAreas);
  await bulkInsert(db, serviceAtLocations, rows.serviceAtLocations);
  await bulkInsert(db, serviceLanguages, rows.languages);
  await bulkInsert(db, schedules, rows.schedules);
  await bulkInsert(db, phones, rows.phones);
}
