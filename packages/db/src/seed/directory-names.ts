import type { OrganizationKind } from "../schema";
import type { Random } from "./random";

/**
 * Fictional but believable names, in English and Spanish, for the seeded directory. Real places,
 * made-up programs: no name here belongs to a real organization on purpose.
 */

export interface NameParts {
  city: string;
  stateName: string;
  /** "Vietnamese", "Somali": the community a culturally specific program serves. */
  community: string;
  /** "Asian Pacific", "East African": the broader group a legal network serves. */
  region: string;
}

// `es` patterns read as Spanish-language programs: their names lead with Spanish words.
// prettier-ignore
const PATTERNS: Record<OrganizationKind, { en: string[]; es: string[] }> = {
  dv_program: {
    en: ["{city} Safe House", "Harbor House of {city}", "{city} Center for Family Safety", "New Beginnings {city}", "Bridges to Safety {city}", "{city} Women's Refuge", "Safe Passage {city}", "Open Door Family Shelter of {city}"],
    es: ["Casa de Esperanza {city}", "Refugio Mariposa {city}", "Puerta Abierta {city}", "Casa Amiga {city}", "Nuevo Amanecer {city}", "Casa de la Paloma {city}"],
  },
  sa_program: {
    en: ["{city} Sexual Assault Resource Center", "SAFE Place {city}", "{city} Survivor Healing Center", "{city} Center for Sexual Violence Recovery"],
    es: ["Centro Sanación {city}", "Mujeres Valientes {city}"],
  },
  dual_dv_sa: {
    en: ["{city} Center Against Violence", "{city} Safe Futures", "Turning Point {city}", "{city} Crisis and Recovery Network"],
    es: ["Alianza contra la Violencia {city}", "Sol y Luna {city}", "Centro Valentía {city}", "Alas de Libertad {city}"],
  },
  legal_services: {
    en: ["{region} Legal Network of {city}", "{city} Immigrant Justice Project", "{city} Pro Bono Immigration Clinic", "{stateName} Immigrant Survivors Legal Project", "{city} Survivors' Law Center"],
    es: ["Centro Legal Latino de {city}", "Abogados Unidos {city}", "Proyecto Justicia {city}", "Defensa Migrante {city}"],
  },
  immigrant_rights: {
    en: ["{city} Immigrant Alliance", "{stateName} Coalition for Immigrant Families", "{city} Welcoming Network", "{city} New Americans Council"],
    es: ["Comité de Inmigrantes en Acción {city}", "Voces Unidas {city}", "Red de Familias Migrantes {city}", "Poder Comunitario {city}"],
  },
  civil_rights: {
    en: ["{stateName} Civil Rights Project", "{city} Justice and Dignity Center", "{city} Language Access Coalition"],
    es: ["Derechos Humanos {city}", "Dignidad y Justicia {city}"],
  },
  culturally_specific: {
    en: ["{community} Women's Center of {city}", "{community} Family Services of {city}", "{city} {community} Survivors Network", "{community} Community Circle of {city}"],
    es: ["Mujeres Indígenas de {city}", "Centro Cultural Mujer {city}"],
  },
  faith_based: {
    en: ["{city} Interfaith Sanctuary Network", "St. Brigid's Refuge {city}", "Sanctuary of Hope {city}", "{city} Faith Family Support"],
    es: ["Ministerio Nueva Vida {city}", "Iglesia Refugio de Fe {city}"],
  },
  other: {
    en: ["{city} Family Resource Center", "{city} Community Health Promotoras", "{city} Newcomer Support Hub"],
    es: ["Clínica Comunitaria {city}", "Promotoras de Salud {city}"],
  },
};

export function organizationName(
  random: Random,
  kind: OrganizationKind,
  spanish: boolean,
  parts: NameParts,
): string {
  const pool = spanish ? PATTERNS[kind].es : PATTERNS[kind].en;
  return fill(random.pick(pool), parts);
}

/** A second try when a name is taken: an English pattern of the same kind, then a qualifier. */
export function alternativeName(
  random: Random,
  kind: OrganizationKind,
  parts: NameParts,
  attempt: number,
): string {
  const base = fill(random.pick([...PATTERNS[kind].en, ...PATTERNS[kind].es]), parts);
  if (attempt < 3) return base;
  return `${base} ${random.pick(["North", "South", "East", "West", "Central", "Metro", "Valley", "Eastside"])}`;
}

function fill(pattern: string, parts: NameParts): string {
  return pattern
    .replace("{city}", parts.city)
    .replace("{stateName}", parts.stateName)
    .replace("{community}", parts.community)
    .replace("{region}", parts.region);
}

/** Community names by language, for culturally specific programs and legal networks. */
// prettier-ignore
export const communities: Readonly<Record<string, { community: string; region: string }>> = {
  vi: { community: "Vietnamese", region: "Asian Pacific" },
  zh: { community: "Chinese", region: "Asian Pacific" },
  ko: { community: "Korean", region: "Asian Pacific" },
  tl: { community: "Filipino", region: "Asian Pacific" },
  ja: { community: "Japanese", region: "Asian Pacific" },
  km: { community: "Cambodian", region: "Asian Pacific" },
  my: { community: "Burmese", region: "Asian Pacific" },
  hmn: { community: "Hmong", region: "Asian Pacific" },
  hi: { community: "South Asian", region: "South Asian" },
  ur: { community: "Pakistani", region: "South Asian" },
  bn: { community: "Bangladeshi", region: "South Asian" },
  ne: { community: "Bhutanese and Nepali", region: "South Asian" },
  pa: { community: "Punjabi", region: "South Asian" },
  ar: { community: "Arab American", region: "Middle Eastern" },
  ku: { community: "Kurdish", region: "Middle Eastern" },
  fa: { community: "Afghan", region: "Middle Eastern" },
  hy: { community: "Armenian", region: "Middle Eastern" },
  so: { community: "Somali", region: "East African" },
  am: { community: "Ethiopian", region: "East African" },
  sw: { community: "Congolese", region: "African" },
  fr: { community: "West African", region: "African" },
  ht: { community: "Haitian", region: "Caribbean" },
  pt: { community: "Brazilian", region: "Lusophone" },
  ru: { community: "Russian-speaking", region: "Eastern European" },
  uk: { community: "Ukrainian", region: "Eastern European" },
  pl: { community: "Polish", region: "Eastern European" },
  bs: { community: "Bosnian", region: "Eastern European" },
  yi: { community: "Jewish", region: "Jewish" },
  mh: { community: "Marshallese", region: "Pacific Islander" },
  to: { community: "Tongan", region: "Pacific Islander" },
  sm: { community: "Samoan", region: "Pacific Islander" },
  nv: { community: "Diné", region: "Native American" },
  es: { community: "Latina", region: "Latino" },
};

// prettier-ignore
const FIRST: Record<string, string[]> = {
  en: ["Sarah", "Jennifer", "Rebecca", "Laura", "Emily", "Rachel", "Megan", "Andrea", "Michael", "David", "Thomas", "Karen", "Denise", "Tanya"],
  es: ["María", "Lucía", "Carmen", "Rosa", "Guadalupe", "Ana", "Sofía", "Alejandra", "Verónica", "Marisol", "Yesenia", "Beatriz", "Jorge", "Luis"],
  vi: ["Linh", "Thao", "Mai", "Huong", "Minh", "Lan"],
  ko: ["Ji-young", "Soo-jin", "Min-ji", "Eun-hee"],
  zh: ["Mei", "Xiu Ying", "Li Na", "Wei"],
  so: ["Hodan", "Faduma", "Ayan", "Sahra"],
  am: ["Selam", "Hiwot", "Meron", "Tigist"],
  ar: ["Layla", "Rania", "Nour", "Samira"],
  ht: ["Nadège", "Fabiola", "Guerline", "Marie-Claude"],
  tl: ["Maricel", "Joy", "Rowena", "Liza"],
  hmn: ["Mai", "Pa", "Kia", "Bao"],
};

// prettier-ignore
const LAST: Record<string, string[]> = {
  en: ["Johnson", "Miller", "Davis", "Anderson", "Thompson", "Walker", "Mitchell", "Carter", "Brooks", "Bennett", "Hayes", "Morgan"],
  es: ["García", "Hernández", "López", "Martínez", "Rodríguez", "Ramírez", "Flores", "Morales", "Castillo", "Reyes", "Vargas", "Ortiz"],
  vi: ["Nguyen", "Tran", "Le", "Pham", "Hoang"],
  ko: ["Kim", "Park", "Lee", "Choi"],
  zh: ["Chen", "Wang", "Liu", "Zhang"],
  so: ["Abdi", "Hassan", "Warsame", "Osman"],
  am: ["Tesfaye", "Bekele", "Haile", "Girma"],
  ar: ["Haddad", "Khalil", "Mansour", "Saleh"],
  ht: ["Pierre", "Joseph", "Jean-Baptiste", "Etienne"],
  tl: ["Santos", "Reyes", "Dela Cruz", "Bautista"],
  hmn: ["Vang", "Xiong", "Lee", "Thao"],
};

/** A staff name fitting the program: its community's names some of the time. */
export function personName(
  random: Random,
  languages: readonly string[],
): { first: string; last: string } {
  const own = languages.filter((code) => FIRST[code]);
  const flavor =
    own.length > 0 && random.chance(0.6) ? random.pick(own) : random.pick(["en", "es"]);
  return { first: random.pick(FIRST[flavor]!), last: random.pick(LAST[flavor]!) };
}

/** ASCII, lower case, dots between words: "María José" → "maria.jose". */
export function emailLocal(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ".")
    .replace(/^\.|\.$/g, "");
}

// prettier-ignore
export const publicStreets = ["Main St", "Broadway", "Martin Luther King Jr Blvd", "Cesar Chavez Ave", "Central Ave", "Market St", "Church St", "Washington Ave", "Lincoln Ave", "Park Ave", "Maple St", "Elm St", "Mission St", "Jefferson St", "Commerce St", "Grand Ave", "Oak St", "Harbor Blvd"];

// Confidential streets come from their own pool, so no public address can ever equal one and a
// page scan for them has no false alarms.
// prettier-ignore
export const confidentialStreets = ["Magnolia Hollow Rd", "Quail Run Ct", "Willow Bend Ln", "Larkspur Way", "Hummingbird Ct", "Juniper Ridge Dr", "Bluebonnet Trl", "Sparrow Glen Ln", "Cedar Hollow Ct", "Primrose Path", "Wren Meadow Dr", "Foxglove Cir"];

// prettier-ignore
export const staffTitles = ["Executive Director", "Program Director", "Legal Advocate", "Immigration Attorney", "Shelter Coordinator", "Outreach Coordinator", "Directora de Programas", "Coordinadora de Servicios Legales", "Intake Specialist", "Community Educator"];
