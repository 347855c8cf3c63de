import type { OrganizationKind } from "../schema";

/** Fictional organizations in real places: 24 cities in 14 states and DC. */
export const demoCities: ReadonlyArray<{ city: string; state: string }> = [
  { city: "Atlanta", state: "GA" },
  { city: "Gainesville", state: "GA" },
  { city: "Los Angeles", state: "CA" },
  { city: "Fresno", state: "CA" },
  { city: "San Diego", state: "CA" },
  { city: "Houston", state: "TX" },
  { city: "El Paso", state: "TX" },
  { city: "San Antonio", state: "TX" },
  { city: "Miami", state: "FL" },
  { city: "Orlando", state: "FL" },
  { city: "Phoenix", state: "AZ" },
  { city: "Tucson", state: "AZ" },
  { city: "Charlotte", state: "NC" },
  { city: "Durham", state: "NC" },
  { city: "Chicago", state: "IL" },
  { city: "New York", state: "NY" },
  { city: "Newark", state: "NJ" },
  { city: "Nashville", state: "TN" },
  { city: "Denver", state: "CO" },
  { city: "Seattle", state: "WA" },
  { city: "Minneapolis", state: "MN" },
  { city: "Omaha", state: "NE" },
  { city: "Salt Lake City", state: "UT" },
  { city: "Albuquerque", state: "NM" },
];

/** Name patterns per kind; `{city}` is replaced. Two kinds per city give 48 organizations. */
export const demoKinds: ReadonlyArray<{ kind: OrganizationKind; pattern: string }> = [
  { kind: "dv_program", pattern: "{city} Safe Harbor" },
  { kind: "immigrant_rights", pattern: "{city} Immigrant Rights Coalition" },
  { kind: "legal_services", pattern: "{city} Immigrant Legal Clinic" },
  { kind: "sa_program", pattern: "{city} Rape Crisis Center" },
  { kind: "dual_dv_sa", pattern: "Casa de Paz {city}" },
  { kind: "culturally_specific", pattern: "{city} Asian Women's Center" },
  { kind: "civil_rights", pattern: "{city} Civil Liberties Project" },
  { kind: "faith_based", pattern: "{city} Interfaith Refuge" },
];

export interface SpineOrganization {
  name: string;
  kind: OrganizationKind;
  city: string;
  state: string;
  verificationState: "verified" | "unverified";
}

/**
 * The 48 spine organizations, two per city, in the order they have always been created: the
 * e2e and API tests know them by name, so this list must not change.
 */
export function spineOrganizations(): SpineOrganization[] {
  const list: SpineOrganization[] = [];
  let index = 0;
  for (const { city, state } of demoCities) {
    for (let k = 0; k < 2; k++) {
      const { kind, pattern } = demoKinds[(index + k * 3) % demoKinds.length]!;
      // Every seventh organization is waiting for a moderator to verify it.
      const verificationState = index % 7 === 6 ? "unverified" : "verified";
      list.push({ name: pattern.replace("{city}", city), kind, city, state, verificationState });
      index++;
    }
  }
  return list;
}
