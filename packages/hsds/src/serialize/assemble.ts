import {
  addressObject,
  attributeObject,
  contactObject,
  languageObject,
  locationObject,
  organizationObject,
  phoneObject,
  scheduleObject,
  serviceAreaObject,
  serviceAtLocationObject,
  serviceObject,
  termObject,
  type HsdsObject,
} from "./objects";
import type {
  LocationRow,
  OrganizationRow,
  PublicBundle,
  ServiceAtLocationRow,
  ServiceRow,
} from "./public-rows";

function groupBy<T>(rows: readonly T[], key: (row: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/**
 * Nests a bundle of public rows into the HSDS API shapes (compiled/service.json, organization.json,
 * service_at_location.json and their _list forms). It only rearranges what the bundle holds, so
 * it cannot publish anything the SQL in public-rows.ts did not already allow.
 */
export function createAssembler(bundle: PublicBundle) {
  const orgById = new Map(bundle.organizations.map((o) => [o.id, o]));
  const locationById = new Map(bundle.locations.map((l) => [l.id, l]));
  const serviceById = new Map(bundle.services.map((s) => [s.id, s]));
  const taxonomyById = new Map(bundle.taxonomies.map((t) => [t.id, t]));
  const termById = new Map(bundle.terms.map((t) => [t.id, t]));
  const addressesOf = groupBy(bundle.addresses, (a) => a.locationId);
  const phonesOfLocation = groupBy(bundle.phones, (p) => p.locationId);
  const phonesOfService = groupBy(bundle.phones, (p) => p.serviceId);
  const phonesOfContact = groupBy(bundle.phones, (p) => p.contactId);
  // Organization-wide numbers only; a location's phones are listed under the location.
  const phonesOfOrganization = groupBy(bundle.phones, (p) =>
    p.locationId ? null : p.organizationId,
  );
  const contactsOfService = groupBy(bundle.contacts, (c) => c.serviceId);
  const contactsOfOrganization = groupBy(bundle.contacts, (c) =>
    c.serviceId ? null : c.organizationId,
  );
  const languagesOfService = groupBy(bundle.languages, (l) => l.serviceId);
  const languagesOfLocation = groupBy(bundle.languages, (l) => l.locationId);
  const schedulesOfService = groupBy(bundle.schedules, (s) => s.serviceId);
  const schedulesOfLocation = groupBy(bundle.schedules, (s) => s.locationId);
  const areasOf = groupBy(bundle.serviceAreas, (a) => a.serviceId);
  const salsOfService = groupBy(bundle.serviceAtLocations, (s) => s.serviceId);
  const locationsOfOrganization = groupBy(bundle.locations, (l) => l.organizationId);
  const servicesOfOrganization = groupBy(bundle.services, (s) => s.organizationId);
  const termsOfService = groupBy(bundle.attributes, (a) => a.serviceId);

  const term = (id: string): (HsdsObject & { id: string }) | undefined => {
    const row = termById.get(id);
    return row
      ? {
          ...termObject(row, row.taxonomyId ? taxonomyById.get(row.taxonomyId) : undefined),
          id: row.id,
        }
      : undefined;
  };

  const contact = (c: (typeof bundle.contacts)[number]) => ({
    ...contactObject(c),
    phones: (phonesOfContact.get(c.id) ?? []).map(phoneObject),
  });

  const locationFull = (l: LocationRow): HsdsObject => ({
    ...locationObject(l),
    addresses: (addressesOf.get(l.id) ?? []).map(addressObject),
    phones: (phonesOfLocation.get(l.id) ?? []).map(phoneObject),
    languages: (languagesOfLocation.get(l.id) ?? []).map(languageObject),
    schedules: (schedulesOfLocation.get(l.id) ?? []).map(scheduleObject),
  });

  const organizationBasic = (o: OrganizationRow): HsdsObject => organizationObject(o);

  const serviceBasic = (s: ServiceRow): HsdsObject => {
    const org = orgById.get(s.organizationId);
    return { ...serviceObject(s), ...(org ? { organization: organizationBasic(org) } : {}) };
  };

  const salFull = (sal: ServiceAtLocationRow, withService: boolean): HsdsObject => {
    const location = locationById.get(sal.locationId);
    const service = serviceById.get(sal.serviceId);
    return {
      ...serviceAtLocationObject(sal),
      // Puente keeps phones, hours and contacts on the service or the location, not on the pair.
      phones: [],
      schedules: [],
      contacts: [],
      ...(location ? { location: locationFull(location) } : {}),
      ...(withService && service ? { service: serviceFull(service, false) } : {}),
    };
  };

  const serviceFull = (s: ServiceRow, withLocations = true): HsdsObject => {
    const org = orgById.get(s.organizationId);
    return {
      ...serviceObject(s),
      ...(org ? { organization: organizationBasic(org) } : {}),
      phones: (phonesOfService.get(s.id) ?? []).map(phoneObject),
      schedules: (schedulesOfService.get(s.id) ?? []).map(scheduleObject),
      service_areas: (areasOf.get(s.id) ?? []).map(serviceAreaObject),
      languages: (languagesOfService.get(s.id) ?? []).map(languageObject),
      contacts: (contactsOfService.get(s.id) ?? []).map(contact),
      ...(withLocations
        ? {
            service_at_locations: (salsOfService.get(s.id) ?? []).map((sal) => salFull(sal, false)),
          }
        : {}),
      attributes: (termsOfService.get(s.id) ?? []).flatMap((a) => {
        const t = term(a.taxonomyTermId);
        return t ? [attributeObject(s.id, t)] : [];
      }),
    };
  };

  const organizationFull = (o: OrganizationRow, fullServices: boolean): HsdsObject => ({
    ...organizationBasic(o),
    phones: (phonesOfOrganization.get(o.id) ?? []).map(phoneObject),
    contacts: (contactsOfOrganization.get(o.id) ?? []).map(contact),
    locations: (locationsOfOrganization.get(o.id) ?? []).map(locationFull),
    services: (servicesOfOrganization.get(o.id) ?? []).map((s) =>
      fullServices ? serviceFull(s) : serviceObject(s),
    ),
  });

  const salListItem = (sal: ServiceAtLocationRow): HsdsObject => {
    const location = locationById.get(sal.locationId);
    const service = serviceById.get(sal.serviceId);
    return {
      ...serviceAtLocationObject(sal),
      ...(location ? { location: locationObject(location) } : {}),
      ...(service ? { service: serviceBasic(service) } : {}),
    };
  };

  return {
    serviceBasic,
    serviceFull,
    organizationBasic,
    organizationFull,
    salFull,
    salListItem,
    term,
  };
}

export type Assembler = ReturnType<typeof createAssembler>;
