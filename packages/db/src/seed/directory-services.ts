import type { OrganizationKind } from "../schema";

/**
 * What each kind of program offers in the seeded directory, tagged with Puente's taxonomy
 * codes (directory/taxonomy-terms.ts). Between them the templates use every code, so every
 * filter in the directory has something to find.
 */

/** Where a service is delivered: an office, the confidential shelter, or by phone only. */
export type ServiceMode = "office" | "shelter" | "phone";
export type ScheduleKind = "always" | "office" | "evening" | "clinic";

export interface ServiceTemplate {
  name: string;
  nameEs: string;
  description: string;
  terms: readonly string[];
  mode: ServiceMode;
  schedule: ScheduleKind;
  /** Phone-only services that answer the whole state (a statewide legal hotline). */
  statewide?: boolean;
}

const t = (
  name: string,
  nameEs: string,
  description: string,
  terms: string[],
  mode: ServiceMode = "office",
  schedule: ScheduleKind = "office",
  statewide = false,
): ServiceTemplate => ({ name, nameEs, description, terms, mode, schedule, statewide });

// prettier-ignore
const hotline = t("24-hour crisis hotline", "Línea de crisis 24 horas", "Confidential support, safety planning and referrals, day and night, with interpreters for any language.", ["hotline"], "phone", "always");
// prettier-ignore
const shelter = t("Emergency shelter", "Refugio de emergencia", "Safe short-term housing for survivors and their children; call the hotline for intake. Immigration status is never asked.", ["emergency-shelter", "housing"], "shelter", "always");
// prettier-ignore
const legalAdvocacy = t("Legal advocacy", "Apoyo legal", "Help with protection orders, police reports and family court, and safety planning around the legal process.", ["legal-advocacy", "court-accompaniment"]);
// prettier-ignore
const courtAccompaniment = t("Court accompaniment", "Acompañamiento a la corte", "An advocate goes with you to hearings and to meetings with prosecutors.", ["court-accompaniment"]);
// prettier-ignore
const counseling = t("Counseling and support groups", "Consejería y grupos de apoyo", "Individual counseling and weekly support groups in several languages.", ["counseling"], "office", "evening");
// prettier-ignore
const transitional = t("Transitional housing", "Vivienda de transición", "Up to 24 months of housing with case management while survivors rebuild.", ["housing"]);
// prettier-ignore
const children = t("Children and youth program", "Programa para niños y jóvenes", "Play therapy, tutoring and support for children who witnessed violence.", ["children", "counseling"]);
// prettier-ignore
const certification = t("U-visa certification help", "Ayuda con la certificación de visa U", "We help survivors request law-enforcement certification (Form I-918 Supplement B) and follow up with agencies.", ["u-visa-certification"]);
// prettier-ignore
const saHotline = t("Sexual assault hotline", "Línea de ayuda por agresión sexual", "Confidential crisis support after sexual violence, any time.", ["hotline"], "phone", "always");
// prettier-ignore
const hospital = t("Hospital accompaniment and forensic exams", "Acompañamiento al hospital y exámenes forenses", "Advocates meet survivors at the hospital; forensic exams by trained nurses, free of charge.", ["health"], "office", "always");
// prettier-ignore
const therapy = t("Trauma therapy", "Terapia de trauma", "Short- and long-term therapy with licensed counselors.", ["counseling"]);
// prettier-ignore
const prevention = t("Prevention education", "Educación para la prevención", "Workshops for schools, congregations and workplaces.", ["community-education"]);
// prettier-ignore
const immigrationLegal = t("Immigration legal services for survivors", "Servicios legales de inmigración para sobrevivientes", "Free consultations and representation for survivors: VAWA self-petitions, U and T visas.", ["immigration-legal", "vawa-self-petition", "u-visa", "t-visa"], "office", "clinic");
// prettier-ignore
const uVawa = t("U visa and VAWA applications", "Solicitudes de visa U y VAWA", "Attorneys prepare U-visa petitions, certification requests and VAWA self-petitions.", ["u-visa", "u-visa-certification", "vawa-self-petition"]);
// prettier-ignore
const tVisa = t("T visa help for trafficking survivors", "Ayuda con la visa T para sobrevivientes de trata", "Screening and applications for T nonimmigrant status and continued presence.", ["t-visa"]);
// prettier-ignore
const removal = t("Removal defense", "Defensa contra la deportación", "Representation in immigration court for detained and non-detained survivors.", ["removal-defense"]);
// prettier-ignore
const consultations = t("Immigration consultations", "Consultas de inmigración", "Screening for every form of relief, work permits and renewals.", ["immigration-legal", "immigration-other"], "office", "evening");
// prettier-ignore
const legalHotline = t("Statewide immigration legal hotline", "Línea legal estatal de inmigración", "Advice by phone for survivors anywhere in the state, and referrals to pro bono attorneys.", ["hotline", "immigration-legal", "immigration-other"], "phone", "office", true);
// prettier-ignore
const familyLaw = t("Family law and protective orders", "Derecho familiar y órdenes de protección", "Representation in custody, divorce and protective-order cases.", ["legal-advocacy"]);
// prettier-ignore
const kyr = t("Know-your-rights workshops", "Talleres de conozca sus derechos", "Community workshops on rights at home, at work and when police or ICE come to the door.", ["community-education"], "office", "evening");
// prettier-ignore
const rapidResponse = t("Rapid response and accompaniment", "Respuesta rápida y acompañamiento", "Volunteers accompany families to check-ins and hearings and connect them with attorneys.", ["court-accompaniment", "immigration-other"], "office", "always");
// prettier-ignore
const interpretation = t("Interpretation for survivors", "Interpretación para sobrevivientes", "Trained interpreters for appointments, court and police interviews.", ["interpretation"]);
// prettier-ignore
const helpDesk = t("Immigration help desk", "Mesa de ayuda de inmigración", "Help with forms, fee waivers and finding a trusted attorney; no notarios.", ["immigration-other"], "office", "clinic");
// prettier-ignore
const complaints = t("Civil rights complaints", "Quejas de derechos civiles", "Help filing complaints about police misconduct and language-access violations.", ["legal-advocacy"]);
// prettier-ignore
const policing = t("Community education on policing", "Educación comunitaria sobre la policía", "Trainings on 287(g), detainers and how to report a crime safely.", ["community-education"]);
// prettier-ignore
const languageAccess = t("Language access advocacy", "Defensa del acceso lingüístico", "We make sure courts, police and hospitals provide interpreters.", ["interpretation"]);
// prettier-ignore
const culturalAdvocacy = t("Culturally specific advocacy", "Apoyo culturalmente específico", "Advocates from the community, in the community's languages, for safety planning and legal help.", ["legal-advocacy", "interpretation"]);
// prettier-ignore
const multilingualLine = t("Multilingual helpline", "Línea de ayuda multilingüe", "A helpline answered in the community's languages.", ["hotline", "interpretation"], "phone", "office");
// prettier-ignore
const outreach = t("Community outreach", "Alcance comunitario", "Outreach at markets, temples, mosques and churches.", ["community-education"]);
// prettier-ignore
const sanctuary = t("Sanctuary housing", "Vivienda santuario", "Short stays with host congregations while survivors find a safe home.", ["housing", "emergency-shelter"]);
// prettier-ignore
const pastoral = t("Pastoral counseling", "Consejería pastoral", "Confidential counseling with trained clergy and lay ministers.", ["counseling"]);
// prettier-ignore
const checkIns = t("Accompaniment to court and ICE check-ins", "Acompañamiento a la corte y a citas de ICE", "Volunteers from the congregation go with you.", ["court-accompaniment"]);
// prettier-ignore
const health = t("Health care for survivors", "Atención médica para sobrevivientes", "Primary care, forensic referrals and health advocacy, with a sliding fee.", ["health"]);
// prettier-ignore
const promotoras = t("Promotoras outreach", "Alcance de promotoras", "Community health workers who visit families and teach about healthy relationships.", ["community-education", "health"]);
// prettier-ignore
const familyPrograms = t("Children and family programs", "Programas para niños y familias", "Parenting classes, after-school care and family counseling.", ["children"]);

/** `core` services every program of a kind has; a few `extra` ones vary from program to program. */
// prettier-ignore
export const serviceTemplates: Record<OrganizationKind, { core: ServiceTemplate[]; extra: ServiceTemplate[] }> = {
  dv_program: { core: [hotline, legalAdvocacy], extra: [courtAccompaniment, counseling, transitional, children, certification] },
  sa_program: { core: [saHotline, hospital], extra: [therapy, legalAdvocacy, children, prevention] },
  dual_dv_sa: { core: [hotline, legalAdvocacy], extra: [hospital, counseling, courtAccompaniment, transitional, certification] },
  legal_services: { core: [immigrationLegal], extra: [uVawa, tVisa, removal, consultations, familyLaw] },
  immigrant_rights: { core: [kyr], extra: [rapidResponse, interpretation, helpDesk, certification] },
  civil_rights: { core: [complaints], extra: [policing, languageAccess] },
  culturally_specific: { core: [culturalAdvocacy], extra: [multilingualLine, counseling, outreach, children, interpretation] },
  faith_based: { core: [pastoral], extra: [sanctuary, checkIns, kyr] },
  other: { core: [health], extra: [promotoras, familyPrograms, interpretation] },
};

export const shelterService = shelter;
export const statewideLegalHotline = legalHotline;
/** Named templates the hand-written demo listings pick from. */
export const demoTemplates = {
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
};

export interface ScheduleRow {
  byday: string;
  opensAt: string;
  closesAt: string;
  description: string;
}

const WEEKDAYS = "MO,TU,WE,TH,FR";

// prettier-ignore
export const schedules: Record<ScheduleKind, ScheduleRow[]> = {
  always: [{ byday: "MO,TU,WE,TH,FR,SA,SU", opensAt: "00:00", closesAt: "23:59", description: "24 hours a day, 7 days a week" }],
  office: [{ byday: WEEKDAYS, opensAt: "09:00", closesAt: "17:00", description: "Weekdays 9 to 5" }],
  evening: [
    { byday: WEEKDAYS, opensAt: "09:00", closesAt: "17:00", description: "Weekdays 9 to 5" },
    { byday: "TU,TH", opensAt: "17:00", closesAt: "20:00", description: "Evening hours" },
  ],
  clinic: [
    { byday: "MO,TU,WE,TH", opensAt: "09:00", closesAt: "18:00", description: "By appointment" },
    { byday: "SA", opensAt: "10:00", closesAt: "14:00", description: "Walk-in clinic" },
  ],
};
