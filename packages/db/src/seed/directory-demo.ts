import { stateByCode } from "@puente/geo";
import type { Executor } from "../client";
import { ensureTaxonomy } from "../directory/ensure-taxonomy";
import { spineOrganizations } from "./demo-places";
import { fixedDemoInputs, spineOverrides } from "./directory-demo-fixed";
import { kindWeights } from "./directory-kinds";
import { buildListing } from "./directory-listing";
import { alternativeName, communities, organizationName } from "./directory-names";
import { planOrganization, type OrgPlan, type PlanContext, type PlanInput } from "./directory-plan";
import { emptyRows, insertDirectoryRows } from "./directory-rows";
import { stateProfile, stateProfiles } from "./directory-states";
import { slugify } from "./factories";
import { Random } from "./random";

/**
 * The demo directory: the spine's organizations, the hand-written listings and enough generated
 * ones for a realistic national network — every state and DC, every kind, every service term.
 */

const DEMO_SEED = 0x9e37_2026;
/** Organizations in the demo, the spine's 50 included. */
export const DEMO_ORGANIZATION_COUNT = 320;
/** Generated programs per state before the rest is shared out by immigrant population. */
const MIN_PER_STATE = 3;
/** Roughly one domestic-violence program in six runs a confidential shelter. */
const SHELTER_EVERY = 6;

export const demoProgramName = "Casa Segura Atlanta";
export const demoNationalName = "National Network for Immigrant Survivors";

function spineInputs(): PlanInput[] {
  const specials: PlanInput[] = [
    {
      name: demoProgramName,
      slug: slugify(demoProgramName),
      kind: "dv_program",
      city: "Atlanta",
      state: "GA",
      description: "Shelter, hotline and legal advocacy for survivors of domestic violence.",
      website: "https://casasegura.example.org",
    },
    {
      name: demoNationalName,
      slug: slugify(demoNationalName),
      kind: "immigrant_rights",
      city: "Washington",
      state: "DC",
      national: true,
      description: "Connects advocates, hosts trainings and moderates the Puente network.",
      website: null,
    },
  ];
  // The spine's organizations keep exactly the columns they always had; the listing is added.
  const spine = spineOrganizations().map((o): PlanInput => ({
    ...o,
    slug: slugify(o.name),
    description: null,
    website: null,
  }));
  return [...specials, ...spine].map((input) => ({ ...input, ...spineOverrides[input.name] }));
}

function generatedInputs(master: Random, count: number, taken: Set<string>): PlanInput[] {
  const totalWeight = stateProfiles.reduce((sum, p) => sum + p.weight, 0);
  const extra = count - MIN_PER_STATE * stateProfiles.length;
  const perState = stateProfiles.map(
    (p) => MIN_PER_STATE + Math.floor((extra * p.weight) / totalWeight),
  );
  const byWeight = [...stateProfiles.keys()].sort(
    (a, b) => stateProfiles[b]!.weight - stateProfiles[a]!.weight,
  );
  for (let i = 0, left = count - perState.reduce((a, b) => a + b, 0); left > 0; i++, left--) {
    perState[byWeight[i % byWeight.length]!]!++;
  }

  const inputs: PlanInput[] = [];
  stateProfiles.forEach((profile, s) => {
    for (let k = 0; k < perState[s]!; k++) {
      const random = master.fork("generated", profile.code, k);
      inputs.push(generatedInput(random, profile.code, taken));
    }
  });
  return inputs;
}

/**
 * One generated program's identity: kind, place and name. With `taken`, the name is one no
 * other program has; the scale data instead makes slugs unique with `slugSuffix`.
 */
export function generatedInput(
  random: Random,
  state: string,
  taken?: Set<string>,
  slugSuffix = "",
): PlanInput {
  const profile = stateProfile(state);
  const kind = random.weighted(kindWeights);
  const city = random.pick(profile.cities);
  const community =
    kind === "culturally_specific" ? random.pick([...profile.languages, "es"]) : undefined;
  const spanish = community ? community === "es" : random.chance(0.35);
  const group =
    communities[community ?? random.pick([...profile.languages, "es"])] ?? communities.es!;
  const parts = { city, stateName: stateByCode(state)!.name, ...group };
  let name = organizationName(random, kind, spanish, parts);
  if (taken) {
    for (let attempt = 0; taken.has(slugify(name)) && attempt < 8; attempt++) {
      name = alternativeName(random, kind, parts, attempt);
    }
    if (taken.has(slugify(name)))
      throw new Error(`The demo could not find a free name like ${name}`);
    taken.add(slugify(name));
  }
  return { name, slug: slugify(name) + slugSuffix, kind, state, city, spanish, community };
}

let plans: OrgPlan[] | undefined;

/** The demo's plans, computed once per process: pure and cheap (no geography loaded). */
export function demoDirectoryPlans(): readonly OrgPlan[] {
  if (plans) return plans;
  const master = new Random(DEMO_SEED);
  const fixed = [...spineInputs(), ...fixedDemoInputs()];
  const taken = new Set(fixed.map((i) => i.slug));
  const inputs = [
    ...fixed,
    ...generatedInputs(master, DEMO_ORGANIZATION_COUNT - fixed.length, taken),
  ];

  let domestic = 0;
  for (const input of inputs) {
    if (input.kind !== "dv_program" && input.kind !== "dual_dv_sa") continue;
    if (input.withShelter === undefined)
      input.withShelter = domestic % SHELTER_EVERY === SHELTER_EVERY - 1;
    domestic++;
  }

  let serial = 0;
  const context: PlanContext = {
    serial: () => String(++serial).padStart(4, "0"),
    usedPhones: new Set(),
  };
  plans = inputs.map((input, i) =>
    planOrganization(
      master.fork("plan", i),
      { key: `demo/${input.slug}`, order: i },
      input,
      context,
    ),
  );
  return plans;
}

/**
 * Every confidential value in the demo, exactly as stored: shelter street lines, their
 * `Suite CONF-…` lines and phones, and every staff contact's email and direct line. A page or an
 * API answer for someone outside the members class must contain none of them (confidential.ts).
 */
export const demoConfidentialMarkers: readonly string[] = Object.freeze(
  demoDirectoryPlans().flatMap((plan) => [
    ...(plan.shelter ? [plan.shelter.address1, plan.shelter.address2, plan.shelter.phone] : []),
    ...plan.contacts.flatMap((c) => (c.phone ? [c.email, c.phone] : [c.email])),
  ]),
);

/**
 * Writes the demo directory: organizations (the spine's included), their listings and the
 * taxonomy. Organization ids come from the plans, so the caller can add members by name.
 * `createdAt` keeps the spine's creation order for lists sorted by it (the vetting queue).
 */
export async function seedDemoDirectory(
  db: Executor,
  options: { now: Date; createdAtBase: number },
) {
  await ensureTaxonomy(db);
  const rows = emptyRows();
  demoDirectoryPlans().forEach((plan, i) => {
    buildListing(plan, rows, {
      today: options.now,
      createdAt: new Date(options.createdAtBase + i),
    });
  });
  await insertDirectoryRows(db, rows);
  return new Map(demoDirectoryPlans().map((plan) => [plan.name, plan.id]));
}
