import { stateByCode } from "@puente/geo";
import { taxonomyTermDefinitions } from "../directory/taxonomy-terms";
import { phoneNumber } from "./confidential";
import { nearbyCounties, type SeedPlace } from "./directory-geo";
import { buildLocations, type ListingDraw } from "./directory-locations";
import type { OrgPlan } from "./directory-plan";
import type { DirectoryRows } from "./directory-rows";
import { schedules, type ServiceTemplate } from "./directory-services";
import { languageNames, stateProfile } from "./directory-states";
import { Random, seededUuid } from "./random";

/**
 * The second stage of a seeded listing: puts an organization's plan on the map and turns it
 * into HSDS rows. Everything drawn here comes from the plan's own stream, so one listing never
 * shifts another.
 */

const termIds = new Map(taxonomyTermDefinitions.map((t) => [t.code, t.id]));

export interface ListingOptions {
  /** The seeding day: assured dates count back from it, so "recent" stays recent. */
  today: Date;
  createdAt: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** The day the spine demo's organizations were verified; kept for every seeded organization. */
const VERIFIED_AT = new Date("2026-01-15T00:00:00Z");

export function buildListing(plan: OrgPlan, rows: DirectoryRows, options: ListingOptions): void {
  const random = new Random(plan.seed);
  const firstRow = Object.fromEntries(ROWS_WITH_IDS.map((table) => [table, rows[table].length]));
  let rowNumber = 0;
  const nextId = () => seededUuid(`${plan.key}/${rowNumber++}`, plan.order);
  const profile = stateProfile(plan.state);
  const verified = plan.verificationState === "verified";
  const publicPhone = () => phoneNumber(random.pick(profile.areaCodes), false, random.int(0, 49));
  const draw: ListingDraw = { random, nextId, publicPhone };

  rows.organizations.push({
    id: plan.id,
    name: plan.name,
    slug: plan.slug,
    kind: plan.kind,
    state: plan.state,
    city: plan.city,
    description: plan.description,
    website: plan.website,
    email: plan.email,
    yearIncorporated: plan.yearIncorporated,
    legalStatus: "501(c)(3) nonprofit",
    populations: plan.populations,
    acceptsReferrals: plan.acceptsReferrals,
    assuredDate:
      plan.assuredDaysAgo === null
        ? null
        : isoDay(options.today.getTime() - plan.assuredDaysAgo * DAY_MS),
    national: plan.national,
    verificationState: plan.verificationState,
    verifiedAt: verified ? VERIFIED_AT : null,
    createdAt: options.createdAt,
    updatedAt: options.createdAt,
  });
  rows.phones.push({
    organizationId: plan.id,
    number: publicPhone(),
    type: "voice",
    description: "Main office",
  });

  const { offices, home, shelterId } = buildLocations(plan, rows, draw);

  for (const contact of plan.contacts) {
    const id = nextId();
    rows.contacts.push({
      id,
      organizationId: plan.id,
      name: contact.name,
      title: contact.title,
      email: contact.email,
      confidentiality: "members",
    });
    // Attached to the contact only: a phone row with an organization id reads as the main line.
    if (contact.phone)
      rows.phones.push({
        contactId: id,
        number: contact.phone,
        type: "voice",
        description: "Direct line",
        confidentiality: "members",
      });
  }

  for (const template of plan.services) {
    const serviceId = nextId();
    const closed = random.chance(0.02);
    rows.services.push({
      id: serviceId,
      organizationId: plan.id,
      name: template.name,
      alternateName: template.nameEs,
      description: template.description,
      email: plan.email,
      status: closed ? "temporarily closed" : "active",
      alert: closed ? "Temporarily closed; call the main office for referrals." : null,
      interpretationServices: "Interpreters by phone for any other language.",
      applicationProcess:
        template.mode === "phone"
          ? "Call the number listed."
          : "Call for an appointment or walk in during open hours.",
      feesDescription: "Free",
      eligibilityDescription:
        "Survivors of violence and their families, regardless of immigration status.",
      createdAt: options.createdAt,
      updatedAt: options.createdAt,
    });
    for (const code of template.terms) {
      const taxonomyTermId = termIds.get(code);
      if (!taxonomyTermId)
        throw new Error(`Seed service "${template.name}" uses unknown term ${code}`);
      rows.serviceTaxonomyTerms.push({ serviceId, taxonomyTermId });
    }
    for (const code of plan.languages) {
      rows.languages.push({ serviceId, code, name: languageNames[code] ?? code });
    }
    for (const s of schedules[template.schedule])
      rows.schedules.push({ serviceId, freq: "WEEKLY", ...s });
    for (const locationId of serviceLocations(template, offices, shelterId)) {
      rows.serviceAtLocations.push({ serviceId, locationId });
    }
    if (template.mode === "phone") {
      rows.phones.push({
        serviceId,
        number: publicPhone(),
        type: "voice",
        description: template.name,
      });
      if (random.chance(0.3))
        rows.phones.push({
          serviceId,
          number: publicPhone(),
          type: "text",
          description: "Text line",
        });
    }
    addAreas(
      random,
      rows,
      serviceId,
      template.statewide ? "state" : plan.coverage,
      plan.state,
      home,
    );
  }

  // Every other row gets a seeded id too: the same rows every run, so an HSDS export of the demo
  // is identical from one machine to the next.
  for (const table of ROWS_WITH_IDS) {
    for (const row of rows[table].slice(firstRow[table])) row.id ??= nextId();
  }
}

const ROWS_WITH_IDS = [
  "addresses",
  "phones",
  "languages",
  "schedules",
  "serviceAreas",
  "serviceAtLocations",
] as const;

function serviceLocations(
  template: ServiceTemplate,
  offices: Array<{ id: string }>,
  shelterId?: string,
): string[] {
  if (template.mode === "phone") return [];
  if (template.mode === "shelter")
    return shelterId ? [shelterId] : offices.slice(0, 1).map((o) => o.id);
  // A program with a shelter counsels and advocates there too.
  return [
    ...offices.map((o) => o.id),
    ...(shelterId && template.schedule !== "clinic" ? [shelterId] : []),
  ];
}

function addAreas(
  random: Random,
  rows: DirectoryRows,
  serviceId: string,
  coverage: OrgPlan["coverage"],
  stateCode: string,
  home: SeedPlace,
): void {
  if (coverage === "nation") {
    rows.serviceAreas.push({ serviceId, name: "United States", description: "Nationwide" });
    return;
  }
  if (coverage === "state" || !home.countyFips) {
    const name = stateByCode(stateCode)?.name ?? stateCode;
    rows.serviceAreas.push({ serviceId, name, description: "Statewide", stateCode });
    return;
  }
  const nearby = nearbyCounties(home.countyFips, stateCode).slice(0, random.int(0, 2));
  rows.serviceAreas.push({
    serviceId,
    name: `${home.countyName}, ${stateCode}`,
    description: "Countywide",
    stateCode,
    countyFips: home.countyFips,
  });
  for (const county of nearby) {
    rows.serviceAreas.push({
      serviceId,
      name: `${county.fullName}, ${stateCode}`,
      description: "Countywide",
      stateCode,
      countyFips: county.fips,
    });
  }
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
