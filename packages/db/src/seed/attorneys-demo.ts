import { countiesOf } from "@puente/geo";
import type { Executor } from "../client";
import {
  attorneyBarAdmissions,
  attorneyLanguages,
  attorneyPracticeAreas,
  attorneyProfiles,
  attorneyRegions,
  caseTypes,
  users,
  type AttorneyAffiliationKind,
  type CaseType,
  type LanguageProficiency,
} from "../schema";
import { userValues } from "./factories";
import { Random, seededUuid } from "./random";

/**
 * The demo's volunteer attorneys: the demo attorney account with a full approved profile, 24
 * more approved attorneys across the country (Spanish common, capacities and remote work
 * varied, one paused), and one application waiting for a moderator. Deterministic: the same
 * people, numbers and choices on every run; only dates follow the seeding day.
 */

export const demoAttorneyApplicant = "attorney.applicant@demo.example.org";
/** Accounts this file creates (the demo attorney account is created with the other demo people). */
export const DEMO_ATTORNEY_ACCOUNTS = 25;

interface DemoAttorney {
  email: string;
  name: string;
  preferredLanguage: "en" | "es";
  affiliationKind: AttorneyAffiliationKind;
  affiliationName: string | null;
  remote: boolean;
  capacity: number;
  accepting: boolean;
  pausedDays: number | null;
  mentors: boolean;
  pending: boolean;
  bar: Array<{ state: string; number: string; year: number }>;
  practiceAreas: CaseType[];
  languages: Array<{ code: string; proficiency: LanguageProficiency }>;
  regions: Array<{ state: string; countyFips: string | null }>;
}

const FIRST = ["María", "José", "Lucía", "Daniel", "Carmen", "Samuel", "Rosa", "David", "Elena", "Miguel", "Grace", "Kwame", "Linh", "Omar", "Sofia", "Tomás", "Ana", "Jean", "Priya", "Marcus", "Isabel", "Hector", "Mei", "Fatima"];
const LAST = ["Gonzalez", "Ramírez", "Okafor", "Nguyen", "Castillo", "Haddad", "Silva", "Morales", "Baptiste", "Kim", "Herrera", "Patel", "Flores", "Chen", "Mendoza", "Sánchez", "Osei", "Vargas", "Duarte", "Reyes", "Torres", "Cohen", "Aguilar", "Ibrahim"];
const STATES = ["CA", "TX", "NY", "FL", "IL", "NC", "WA", "AZ", "NJ", "CO", "MA", "PA", "MI", "OR", "NV", "NM", "MN", "MD", "VA", "TN", "UT", "OH", "LA", "GA"];
const FIRMS = ["Pro Bono Partners LLP", "Harbor Immigration Law", "Frontera Legal Group", "Northside Law Offices"];
const NONPROFITS = ["Immigrant Legal Aid Project", "Centro Legal Comunitario", "Survivors' Justice Center", "Refugee Rights Clinic"];
const OTHER_LANGUAGES = ["pt", "ht", "vi", "zh", "fr", "ar", "ko", "tl", "ru", "so", "am", "hi"];

function demoAttorney(): DemoAttorney {
  return {
    email: "attorney@demo.example.org",
    name: "Alicia Attorney",
    preferredLanguage: "es",
    affiliationKind: "nonprofit",
    affiliationName: "Centro Legal Comunitario",
    remote: true,
    capacity: 5,
    accepting: true,
    pausedDays: null,
    mentors: true,
    pending: false,
    bar: [{ state: "GA", number: "GA-204871", year: 2012 }],
    practiceAreas: ["vawa_self_petition", "u_visa", "t_visa", "removal_defense_non_detained", "family_adjustment"],
    languages: [
      { code: "es", proficiency: "native" },
      { code: "en", proficiency: "fluent" },
    ],
    regions: [
      { state: "GA", countyFips: null },
      { state: "GA", countyFips: "13121" },
    ],
  };
}

function generatedAttorney(i: number, random: Random): DemoAttorney {
  const state = STATES[i]!;
  const first = FIRST[i]!;
  const last = LAST[(i * 7) % LAST.length]!;
  const affiliationKind = random.pick(["firm", "nonprofit", "solo"] as const);
  const spanish = random.chance(0.7);
  const languages: DemoAttorney["languages"] = [{ code: "en", proficiency: spanish && random.chance(0.3) ? "fluent" : "native" }];
  if (spanish) languages.push({ code: "es", proficiency: random.pick(["native", "fluent", "professional", "basic"] as const) });
  if (random.chance(0.4)) languages.push({ code: random.pick(OTHER_LANGUAGES), proficiency: random.pick(["native", "fluent", "professional"] as const) });
  const counties = countiesOf(state);
  const regions: DemoAttorney["regions"] = random.chance(0.4)
    ? [{ state, countyFips: null }]
    : random.sample(counties, random.int(1, 3)).map((c) => ({ state, countyFips: c.fips }));
  const bar = [{ state, number: `${state}-${100_000 + i * 7919}`, year: 1995 + random.int(0, 28) }];
  if (random.chance(0.2)) {
    const second = STATES[(i + 5) % STATES.length]!;
    bar.push({ state: second, number: `${second}-${500_000 + i * 3571}`, year: 2000 + random.int(0, 20) });
  }
  return {
    email: `attorney.${first.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()}.${i + 1}@demo.example.org`,
    name: `${first} ${last}`,
    preferredLanguage: spanish && random.chance(0.5) ? "es" : "en",
    affiliationKind,
    affiliationName: affiliationKind === "firm" ? random.pick(FIRMS) : affiliationKind === "nonprofit" ? random.pick(NONPROFITS) : null,
    remote: random.chance(0.5),
    capacity: random.pick([1, 2, 3, 3, 4, 5, 6, 8, 10, 12]),
    // The fourth is paused for a month; the ninth has switched referrals off.
    accepting: i !== 8,
    pausedDays: i === 3 ? 30 : null,
    mentors: random.chance(0.3),
    pending: false,
    bar,
    practiceAreas: random.sample(caseTypes, random.int(2, 5)),
    languages,
    regions,
  };
}

function applicant(): DemoAttorney {
  return {
    email: demoAttorneyApplicant,
    name: "Nora Newcomer",
    preferredLanguage: "en",
    affiliationKind: "solo",
    affiliationName: null,
    remote: true,
    capacity: 2,
    accepting: true,
    pausedDays: null,
    mentors: false,
    pending: true,
    bar: [{ state: "TX", number: "TX-24088123", year: 2023 }],
    practiceAreas: ["u_visa", "daca"],
    languages: [
      { code: "en", proficiency: "native" },
      { code: "es", proficiency: "professional" },
    ],
    regions: [{ state: "TX", countyFips: "48201" }],
  };
}

export function demoAttorneys(): DemoAttorney[] {
  const random = new Random(20261129).fork("attorneys");
  return [demoAttorney(), ...STATES.map((_, i) => generatedAttorney(i, random.fork(i))), applicant()];
}

const day = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

export async function seedDemoAttorneys(tx: Executor, options: { now: Date; createdAtBase: number }) {
  const moderatorId = seededUuid("demo/user/moderator@demo.example.org");
  const attorneys = demoAttorneys().map((a) => ({ ...a, id: seededUuid(`demo/user/${a.email}`) }));
  const created = attorneys.slice(1);
  await tx.insert(users).values(
    created.map((a, i) => ({
      ...userValues({ email: a.email, name: a.name, preferredLanguage: a.preferredLanguage, roles: a.pending ? ["member"] : ["member", "attorney"] }),
      id: a.id,
      createdAt: new Date(options.createdAtBase + 1000 + i),
      updatedAt: new Date(options.createdAtBase + 1000 + i),
    })),
  );
  const reviewedAt = new Date(options.now.getTime() - 20 * day);
  await tx.insert(attorneyProfiles).values(
    attorneys.map((a, i) => ({
      userId: a.id,
      affiliationKind: a.affiliationKind,
      affiliationName: a.affiliationName,
      remote: a.remote,
      capacity: a.capacity,
      accepting: a.accepting,
      pausedUntil: a.pausedDays === null ? null : isoDay(options.now.getTime() + a.pausedDays * day),
      mentors: a.mentors,
      applicationState: a.pending ? ("pending" as const) : ("approved" as const),
      reviewedById: a.pending ? null : moderatorId,
      reviewedAt: a.pending ? null : reviewedAt,
      createdAt: new Date(options.createdAtBase + 2000 + i),
      updatedAt: new Date(options.createdAtBase + 2000 + i),
    })),
  );
  await tx.insert(attorneyBarAdmissions).values(
    attorneys.flatMap((a) =>
      a.bar.map((b) => ({
        id: seededUuid(`demo/bar/${b.state}/${b.number}`),
        attorneyId: a.id,
        stateCode: b.state,
        barNumber: b.number,
        yearAdmitted: b.year,
        verificationState: a.pending ? ("pending" as const) : ("verified" as const),
        verifiedById: a.pending ? null : moderatorId,
        verifiedAt: a.pending ? null : reviewedAt,
      })),
    ),
  );
  await tx
    .insert(attorneyPracticeAreas)
    .values(attorneys.flatMap((a) => a.practiceAreas.map((caseType) => ({ attorneyId: a.id, caseType }))));
  await tx
    .insert(attorneyLanguages)
    .values(attorneys.flatMap((a) => a.languages.map((l) => ({ attorneyId: a.id, languageCode: l.code, proficiency: l.proficiency }))));
  await tx.insert(attorneyRegions).values(
    attorneys.flatMap((a) =>
      a.regions.map((r) => ({ id: seededUuid(`demo/region/${a.email}/${r.state}/${r.countyFips ?? ""}`), attorneyId: a.id, stateCode: r.state, countyFips: r.countyFips })),
    ),
  );
}
