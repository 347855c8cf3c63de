import { placeIn, type SeedPlace } from "./directory-geo";
import { publicStreets } from "./directory-names";
import type { OrgPlan } from "./directory-plan";
import type { DirectoryRows } from "./directory-rows";
import { schedules } from "./directory-services";
import type { Random } from "./random";

/** What a listing draws from: its stream, its row ids and its public phone numbers. */
export interface ListingDraw {
  random: Random;
  nextId(): string;
  publicPhone(): string;
}

export interface ListingLocations {
  offices: Array<{ id: string; place: SeedPlace }>;
  /** The office, or for a phone-only program its mailing address: where its county is. */
  home: SeedPlace;
  shelterId?: string;
}

/**
 * A seeded organization's locations: public offices at real ZIPs, a mailing address for a
 * phone-only program, and the confidential shelter, whose street, phone and exact point are
 * members-class while outsiders see only its city's centroid.
 */
export function buildLocations(
  plan: OrgPlan,
  rows: DirectoryRows,
  draw: ListingDraw,
): ListingLocations {
  const { random, nextId, publicPhone } = draw;
  const offices: Array<{ id: string; place: SeedPlace }> = [];
  for (const [i, city] of plan.offices.entries()) {
    const place = placeIn(random, plan.state, city, i === 0 ? plan.officeZip : undefined);
    const id = nextId();
    offices.push({ id, place });
    rows.locations.push({
      id,
      organizationId: plan.id,
      locationType: "physical",
      name: plan.offices.length > 1 ? `${place.city} office` : "Main office",
      transportation: random.chance(0.5)
        ? `Bus stop at the corner; ${random.int(2, 40)} minutes from downtown.`
        : null,
      latitude: place.lat,
      longitude: place.lon,
      publicLatitude: place.lat,
      publicLongitude: place.lon,
      city: place.city,
      stateCode: plan.state,
      confidentiality: "public",
    });
    rows.addresses.push({
      locationId: id,
      address1: `${random.int(10, 2999)} ${random.pick(publicStreets)}`,
      address2: random.chance(0.4)
        ? `Suite ${random.int(1, 4)}${random.int(0, 2)}${random.int(0, 9)}`
        : null,
      city: place.city,
      region: place.countyName,
      stateProvince: plan.state,
      postalCode: place.zip,
      confidentiality: "public",
    });
    rows.phones.push({
      locationId: id,
      number: publicPhone(),
      type: "voice",
      description: "Front desk",
    });
    for (const s of schedules.office) rows.schedules.push({ locationId: id, freq: "WEEKLY", ...s });
  }

  // A phone-only program still has a mailing address, and a home county for its service areas.
  let home: SeedPlace | undefined = offices[0]?.place;
  if (!home) {
    home = placeIn(random, plan.state, plan.city, plan.officeZip);
    const id = nextId();
    rows.locations.push({
      id,
      organizationId: plan.id,
      locationType: "postal",
      name: "Mailing address",
      city: home.city,
      stateCode: plan.state,
    });
    rows.addresses.push({
      locationId: id,
      address1: `PO Box ${random.int(100, 9999)}`,
      city: home.city,
      stateProvince: plan.state,
      postalCode: home.zip,
      addressType: "postal",
    });
  }

  let shelterId: string | undefined;
  if (plan.shelter) {
    const place = placeIn(random, plan.state, plan.shelter.city, plan.shelter.zip);
    shelterId = nextId();
    rows.locations.push({
      id: shelterId,
      organizationId: plan.id,
      locationType: "physical",
      name: "Confidential shelter",
      description:
        "The address is shared with vetted members only; survivors reach the shelter through the hotline.",
      latitude: place.lat,
      longitude: place.lon,
      // Outsiders see the city's centroid, never the street (schema/directory/locations.ts).
      publicLatitude: place.cityLat,
      publicLongitude: place.cityLon,
      city: place.city,
      stateCode: plan.state,
      confidentiality: "members",
    });
    rows.addresses.push({
      locationId: shelterId,
      address1: plan.shelter.address1,
      address2: plan.shelter.address2,
      city: place.city,
      region: place.countyName,
      stateProvince: plan.state,
      postalCode: place.zip,
      confidentiality: "members",
    });
    rows.phones.push({
      locationId: shelterId,
      number: plan.shelter.phone,
      type: "voice",
      description: "Shelter front desk",
      confidentiality: "members",
    });
  }

  return { offices, home, shelterId };
}
