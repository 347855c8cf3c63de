import { stateByCode } from "@puente/geo";
import type { OrganizationKind, OrganizationVerificationState, Population } from "../schema";
import { confidentialEmail, confidentialSuite, phoneNumber } from "./confidential";
import { confidentialStreets, emailLocal, personName, staffTitles } from "./directory-names";
import { kindCoverage, kindDescriptions, kindPopulations, type Coverage } from "./directory-kinds";
import { serviceTemplates, shelterService, type ServiceTemplate } from "./directory-services";
import { stateProfile } from "./directory-states";
import { seededUuid, type Random } from "./random";

/**
 * The first stage of a seeded listing: everything about an organization that needs no map —
 * names, kind, languages, services, contacts and its confidential shelter's identity. It is
 * cheap and pure, so the demo can compute its list of confidential values at import time
 * without loading the geography data; directory-listing.ts adds places and rows later.
 */

export interface PlannedContact {
  name: string;
  title: string;
  email: string;
  /** A members-class direct line, for some contacts. */
  phone?: string;
}

export interface PlannedShelter {
  city: string;
  zip?: string;
  address1: string;
  address2: string;
  phone: string;
}

export interface OrgPlan {
  /** A name unique to this organization among all seeded ones; every row id is hashed from it. */
  key: string;
  /** Where the organization comes in its seeding run; its rows' ids begin with it. */
  order: number;
  id: string;
  name: string;
  slug: string;
  kind: OrganizationKind;
  state: string;
  city: string;
  description: string | null;
  website: string | null;
  email: string | null;
  national: boolean;
  verificationState: OrganizationVerificationState;
  populations: Population[];
  acceptsReferrals: boolean;
  /** Days before the seeding day that a moderator confirmed the listing; null: never. */
  assuredDaysAgo: number | null;
  yearIncorporated: number;
  /** Language codes of every service, the program's main language first. */
  languages: string[];
  services: ServiceTemplate[];
  coverage: Coverage;
  /** Cities of the public offices; none for a phone-only program (it keeps a mailing address). */
  offices: string[];
  officeZip?: string;
  shelter?: PlannedShelter;
  contacts: PlannedContact[];
  domain: string;
  /** Seed of the stream that draws the rest of the listing. */
  seed: number;
}

export interface PlanInput {
  name: string;
  slug: string;
  kind: OrganizationKind;
  state: string;
  city: string;
  spanish?: boolean;
  /** The community a culturally specific program serves (a language code). */
  community?: string;
  verificationState?: OrganizationVerificationState;
  description?: string | null;
  website?: string | null;
  national?: boolean;
  coverage?: Coverage;
  withShelter?: boolean;
  shelterZip?: string;
  officeZip?: string;
  phoneOnly?: boolean;
  serviceCount?: number;
  services?: ServiceTemplate[];
  languages?: string[];
  assuredDaysAgo?: number | null;
  acceptsReferrals?: boolean;
  contactCount?: number;
}

export interface PlanContext {
  /** The next confidential serial, e.g. "0042" (see confidential.ts). */
  serial(): string;
  /** When given, confidential phones are drawn again until unused (the demo wants them unique). */
  usedPhones?: Set<string>;
}

export function planOrganization(
  random: Random,
  identity: { key: string; order: number },
  input: PlanInput,
  context: PlanContext,
): OrgPlan {
  const { key, order } = identity;
  const { kind, state } = input;
  const profile = stateProfile(state);
  const languages = input.languages ?? planLanguages(random, input, profile.languages);

  let services: ServiceTemplate[];
  if (input.services) services = input.services;
  else {
    const { core, extra } = serviceTemplates[kind];
    const all = [...core, ...random.sample(extra, random.int(0, 2))];
    services = input.serviceCount ? random.sample(all, input.serviceCount) : all;
  }
  if (input.withShelter && !services.includes(shelterService))
    services = [shelterService, ...services];

  const domain = input.website
    ? new URL(input.website).hostname
    : `${input.slug.replace(/-/g, "")}.example.org`;
  const stale = random.float();
  const assuredDaysAgo =
    input.assuredDaysAgo !== undefined
      ? input.assuredDaysAgo
      : input.verificationState === "unverified" || stale < 0.08
        ? null
        : stale < 0.28
          ? random.int(400, 900)
          : random.int(2, 200);

  const contacts: PlannedContact[] = [];
  for (let i = 0; i < (input.contactCount ?? random.int(1, 2)); i++) {
    const person = personName(random, languages);
    const serial = context.serial();
    contacts.push({
      name: `${person.first} ${person.last}`,
      title: random.pick(staffTitles),
      email: confidentialEmail(serial, emailLocal(`${person.first} ${person.last}`), domain),
      phone: random.chance(0.3) ? confidentialPhone(random, profile.areaCodes, context) : undefined,
    });
  }

  let shelter: PlannedShelter | undefined;
  if (input.withShelter) {
    const serial = context.serial();
    shelter = {
      city: input.city,
      zip: input.shelterZip,
      address1: `${random.int(1100, 9899)} ${random.pick(confidentialStreets)}`,
      address2: confidentialSuite(serial),
      phone: confidentialPhone(random, profile.areaCodes, context),
    };
  }

  const otherCities = profile.cities.filter((c) => c !== input.city);
  const phoneOnly = input.phoneOnly ?? false;
  return {
    key,
    order,
    id: seededUuid(`${key}/organization`, order),
    name: input.name,
    slug: input.slug,
    kind,
    state,
    city: input.city,
    description:
      input.description !== undefined ? input.description : describe(kind, input.city, state),
    website: input.website !== undefined ? input.website : `https://${domain}`,
    email: `info@${domain}`,
    national: input.national ?? false,
    verificationState: input.verificationState ?? "verified",
    populations: planPopulations(random, kind),
    acceptsReferrals:
      input.acceptsReferrals ?? random.chance(kind === "legal_services" ? 0.85 : 0.7),
    assuredDaysAgo,
    yearIncorporated: random.int(1978, 2022),
    languages,
    services,
    coverage: input.coverage ?? (phoneOnly ? "state" : random.weighted(kindCoverage[kind])),
    offices: phoneOnly
      ? []
      : otherCities.length > 0 && random.chance(0.2)
        ? [input.city, random.pick(otherCities)]
        : [input.city],
    officeZip: input.officeZip,
    shelter,
    contacts,
    domain,
    seed: random.int(1, 2 ** 31 - 1),
  };
}

function planLanguages(
  random: Random,
  input: PlanInput,
  stateLanguages: readonly string[],
): string[] {
  const own = input.community && input.community !== "es" ? [input.community] : [];
  const first = input.spanish || input.community === "es" ? ["es", "en"] : ["en"];
  const set = new Set([...first, ...own]);
  if (random.chance(0.85)) set.add("es");
  for (const code of random.sample(
    stateLanguages,
    random.int(0, input.kind === "culturally_specific" ? 1 : 2),
  )) {
    set.add(code);
  }
  return [...set];
}

function planPopulations(random: Random, kind: OrganizationKind): Population[] {
  const picked = random.sample(kindPopulations[kind], random.int(1, 3));
  return random.chance(0.9) ? ["immigrants", ...picked] : picked;
}

function confidentialPhone(
  random: Random,
  areaCodes: readonly string[],
  context: PlanContext,
): string {
  for (let attempt = 0; ; attempt++) {
    const phone = phoneNumber(random.pick(areaCodes), true, random.int(0, 49));
    if (!context.usedPhones) return phone;
    if (!context.usedPhones.has(phone)) {
      context.usedPhones.add(phone);
      return phone;
    }
    if (attempt > 500)
      throw new Error(`No unused confidential phone left for area codes ${areaCodes.join(", ")}`);
  }
}

function describe(kind: OrganizationKind, city: string, state: string): string {
  const where = `${city}, ${stateByCode(state)?.name ?? state}`;
  const base = kindDescriptions[kind];
  return `${base} Based in ${where}.`;
}
