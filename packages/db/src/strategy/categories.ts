import type { Executor } from "../client";
import { strategyCategories } from "../schema";

export interface StrategyCategoryDefinition {
  slug: string;
  name: string;
  nameEs: string;
  description: string;
  descriptionEs: string;
}

/** The topics every Puente network starts with (issue 5); admins add, rename and archive later. */
export const strategyCategoryDefinitions: readonly StrategyCategoryDefinition[] = [
  {
    slug: "law-enforcement-meetings",
    name: "Meeting local law enforcement",
    nameEs: "Reuniones con la policía local",
    description: "Meetings with sheriffs, police chiefs and jail administrators.",
    descriptionEs: "Reuniones con alguaciles, jefes de policía y administradores de cárceles.",
  },
  {
    slug: "ice-office-meetings",
    name: "Meeting the local ICE office",
    nameEs: "Reuniones con la oficina local de ICE",
    description: "What field offices agreed to, and how the meeting was prepared.",
    descriptionEs: "Lo que acordaron las oficinas de ICE y cómo se preparó la reunión.",
  },
  {
    slug: "community-education",
    name: "Community education and know-your-rights",
    nameEs: "Educación comunitaria y conozca sus derechos",
    description: "Workshops, materials and formats that brought people in.",
    descriptionEs: "Talleres, materiales y formatos que atrajeron a la comunidad.",
  },
  {
    slug: "legal-remedies",
    name: "Legal remedies (VAWA, U, T)",
    nameEs: "Recursos legales (VAWA, U, T)",
    description: "Getting survivors to VAWA self-petitions, U and T visas, and certifications.",
    descriptionEs:
      "Cómo llevar a sobrevivientes a la autopetición VAWA, las visas U y T y las certificaciones.",
  },
  {
    slug: "coalition-building",
    name: "Coalition building",
    nameEs: "Construcción de coaliciones",
    description: "Bringing DV and SA programs, immigrant-rights groups and attorneys together.",
    descriptionEs:
      "Cómo unir programas de violencia doméstica y sexual, grupos de derechos de inmigrantes y abogados.",
  },
  {
    slug: "policy-advocacy",
    name: "Policy advocacy",
    nameEs: "Incidencia en políticas públicas",
    description: "Local and state policies on detainers, 287(g) and U-visa certification.",
    descriptionEs:
      "Políticas locales y estatales sobre detenciones, 287(g) y certificación de visas U.",
  },
  {
    slug: "data-and-stories",
    name: "Data and survivors' stories",
    nameEs: "Datos e historias de sobrevivientes",
    description: "Collecting de-identified stories and numbers for policy work.",
    descriptionEs: "Recopilar historias anónimas y cifras para el trabajo de incidencia.",
  },
];

/**
 * Writes the starting categories (idempotent). A category that already exists is left as it is, so
 * an admin's renaming or archiving survives every later run.
 */
export async function ensureStrategyCategories(db: Executor) {
  await db
    .insert(strategyCategories)
    .values(strategyCategoryDefinitions.map((c, position) => ({ ...c, position })))
    .onConflictDoNothing({ target: strategyCategories.slug });
}
