import { stateByCode } from "@puente/geo";
import type { PlanInput } from "./directory-plan";
import { demoTemplates, statewideLegalHotline, type ServiceTemplate } from "./directory-services";
import { stateProfile } from "./directory-states";
import { slugify } from "./factories";

/**
 * The hand-written part of the demo directory: the listings the README, the e2e tests and a
 * person trying Puente look at first. Around ZIP 30303 (downtown Atlanta) several programs offer
 * U-visa help in Spanish and fewer in Vietnamese, so the language filter visibly changes counts.
 */

const {
  legalAdvocacy,
  immigrationLegal,
  uVawa,
  tVisa,
  familyLaw,
  hotline,
  certification,
  consultations,
  counseling,
  culturalAdvocacy,
} = demoTemplates;

export const casaSeguraImmigration: ServiceTemplate = {
  name: "Immigration legal help for survivors",
  nameEs: "Ayuda legal de inmigración para sobrevivientes",
  description:
    "Our staff attorney and accredited representatives prepare U-visa petitions, certification requests and VAWA self-petitions, in Spanish and English.",
  terms: ["immigration-legal", "u-visa", "u-visa-certification", "vawa-self-petition"],
  mode: "office",
  schedule: "clinic",
};

const technicalAssistance: ServiceTemplate = {
  name: "Technical assistance for advocates",
  nameEs: "Asistencia técnica para personas defensoras",
  description:
    "Trainings, case consultations and model policies for programs that serve immigrant survivors.",
  terms: ["community-education", "u-visa-certification"],
  mode: "office",
  schedule: "office",
};

const nationalHelpline: ServiceTemplate = {
  name: "National immigrant survivors helpline",
  nameEs: "Línea nacional para sobrevivientes inmigrantes",
  description:
    "Advocates answer questions about immigration options for survivors and find local partners.",
  terms: ["hotline", "immigration-other"],
  mode: "phone",
  schedule: "office",
};

/** Overrides for the two spine organizations whose listings the tests read most. */
export const spineOverrides: Record<string, Partial<PlanInput>> = {
  "Casa Segura Atlanta": {
    officeZip: "30303",
    withShelter: true,
    shelterZip: "30312",
    services: [hotline, legalAdvocacy, casaSeguraImmigration, counseling],
    languages: ["es", "en"],
    acceptsReferrals: true,
    assuredDaysAgo: 12,
    coverage: "county",
    contactCount: 2,
  },
  "National Network for Immigrant Survivors": {
    services: [technicalAssistance, nationalHelpline],
    languages: ["en", "es", "fr", "pt", "vi", "am"],
    coverage: "nation",
    acceptsReferrals: true,
    assuredDaysAgo: 30,
    withShelter: false,
  },
};

const at = (
  name: string,
  kind: PlanInput["kind"],
  city: string,
  state: string,
  extra: Partial<PlanInput>,
): PlanInput => ({ name, slug: slugify(name), kind, city, state, withShelter: false, ...extra });

// Programs with no office nearby: one statewide legal line answers the whole state by phone.
const STATEWIDE_LINES = ["MT", "WY", "ND", "SD", "AK", "ID", "WV", "VT", "ME", "NH", "GA"];

export function fixedDemoInputs(): PlanInput[] {
  const atlanta: PlanInput[] = [
    at("Centro Legal Latino de Atlanta", "legal_services", "Atlanta", "GA", {
      officeZip: "30308",
      spanish: true,
      languages: ["es", "en"],
      services: [immigrationLegal, uVawa],
      acceptsReferrals: true,
      assuredDaysAgo: 20,
      coverage: "county",
    }),
    at("Proyecto Justicia Marietta", "legal_services", "Marietta", "GA", {
      spanish: true,
      languages: ["es", "en"],
      services: [uVawa, consultations],
      acceptsReferrals: true,
      assuredDaysAgo: 45,
      coverage: "county",
    }),
    at("Asian Pacific Legal Network of Atlanta", "legal_services", "Atlanta", "GA", {
      officeZip: "30309",
      languages: ["en", "vi", "ko", "zh"],
      services: [immigrationLegal, familyLaw],
      acceptsReferrals: true,
      assuredDaysAgo: 60,
      coverage: "state",
    }),
    at("Vietnamese Women's Center of Norcross", "culturally_specific", "Norcross", "GA", {
      community: "vi",
      languages: ["vi", "en"],
      services: [culturalAdvocacy, uVawa],
      acceptsReferrals: false,
      assuredDaysAgo: 90,
      coverage: "county",
    }),
    at("Clarkston Refugee Women's Network", "culturally_specific", "Clarkston", "GA", {
      community: "so",
      languages: ["en", "so", "am", "ar"],
      services: [culturalAdvocacy, counseling],
      coverage: "county",
    }),
    at("Decatur Family Justice Center", "dual_dv_sa", "Decatur", "GA", {
      languages: ["en", "es"],
      services: [hotline, legalAdvocacy, certification],
      acceptsReferrals: true,
      assuredDaysAgo: 400,
      coverage: "county",
    }),
  ];
  const national: PlanInput[] = [
    at("National Immigrant Women's Legal Center", "legal_services", "Washington", "DC", {
      languages: ["en", "es", "fr", "pt"],
      services: [immigrationLegal, uVawa, tVisa],
      coverage: "nation",
      acceptsReferrals: true,
      assuredDaysAgo: 15,
    }),
    at("Trafficking Survivors Legal Alliance", "legal_services", "New York", "NY", {
      languages: ["en", "es", "zh", "tl"],
      services: [tVisa, consultations],
      coverage: "nation",
      acceptsReferrals: true,
    }),
    at("Línea Nacional de Apoyo a Sobrevivientes Inmigrantes", "dual_dv_sa", "Austin", "TX", {
      spanish: true,
      languages: ["es", "en"],
      services: [hotline],
      phoneOnly: true,
      coverage: "nation",
      acceptsReferrals: false,
      assuredDaysAgo: 8,
    }),
  ];
  const lines = STATEWIDE_LINES.map((code) => {
    const profile = stateProfile(code);
    const name = `${stateByCode(code)!.name} Immigrant Survivors Legal Line`;
    return at(name, "legal_services", profile.cities[0]!, code, {
      phoneOnly: true,
      languages: ["en", "es", ...profile.languages.slice(0, 1)],
      services: [statewideLegalHotline, uVawa],
      coverage: "state",
      acceptsReferrals: true,
    });
  });
  return [...atlanta, ...national, ...lines];
}
