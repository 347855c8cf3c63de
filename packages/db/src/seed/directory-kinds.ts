import type { OrganizationKind, Population } from "../schema";

/**
 * What sets the kinds of program apart in the seeded directory: how common each is, whom it
 * serves, how far its services reach, and how it describes itself.
 */

export type Coverage = "county" | "state" | "nation";

/** Shares of generated programs: DV programs and legal services dominate the real network. */
export const kindWeights: ReadonlyArray<readonly [OrganizationKind, number]> = [
  ["dv_program", 26],
  ["dual_dv_sa", 15],
  ["sa_program", 9],
  ["legal_services", 17],
  ["immigrant_rights", 11],
  ["culturally_specific", 10],
  ["civil_rights", 4],
  ["faith_based", 5],
  ["other", 3],
];

/** Populations besides "immigrants", which nearly every program in this network names. */
// prettier-ignore
export const kindPopulations: Record<OrganizationKind, Population[]> = {
  dv_program: ["women", "children", "lgbtq", "older_adults", "deaf_hard_of_hearing", "men"],
  sa_program: ["women", "men", "youth", "lgbtq", "people_with_disabilities"],
  dual_dv_sa: ["women", "men", "children", "lgbtq", "youth"],
  legal_services: ["refugees", "women", "children", "farmworkers", "lgbtq"],
  immigrant_rights: ["refugees", "farmworkers", "indigenous", "youth"],
  civil_rights: ["people_with_disabilities", "deaf_hard_of_hearing", "lgbtq"],
  culturally_specific: ["refugees", "women", "older_adults", "indigenous", "youth"],
  faith_based: ["refugees", "women", "children"],
  other: ["children", "youth", "farmworkers", "people_with_disabilities", "older_adults"],
};

/** Local programs mostly serve their county; legal and advocacy groups often the whole state. */
// prettier-ignore
export const kindCoverage: Record<OrganizationKind, ReadonlyArray<readonly [Coverage, number]>> = {
  dv_program: [["county", 85], ["state", 15]],
  sa_program: [["county", 85], ["state", 15]],
  dual_dv_sa: [["county", 85], ["state", 15]],
  legal_services: [["county", 50], ["state", 45], ["nation", 5]],
  immigrant_rights: [["county", 50], ["state", 50]],
  civil_rights: [["county", 30], ["state", 70]],
  culturally_specific: [["county", 80], ["state", 20]],
  faith_based: [["county", 90], ["state", 10]],
  other: [["county", 95], ["state", 5]],
};

// prettier-ignore
export const kindDescriptions: Record<OrganizationKind, string> = {
  dv_program: "Shelter, hotline and advocacy for survivors of domestic violence and their children, regardless of immigration status.",
  sa_program: "Crisis support, medical accompaniment and counseling for survivors of sexual violence.",
  dual_dv_sa: "Services for survivors of domestic and sexual violence, from the first call to long-term healing.",
  legal_services: "Free immigration legal help for survivors of violence: VAWA, U visas, T visas and removal defense.",
  immigrant_rights: "Organizing, education and accompaniment for immigrant families.",
  civil_rights: "Defends the civil rights of immigrants and people of color in dealings with police and courts.",
  culturally_specific: "Advocacy by and for the community, in its own languages and traditions.",
  faith_based: "A congregation-based network that shelters and accompanies immigrant survivors.",
  other: "Community services that immigrant survivors rely on.",
};
