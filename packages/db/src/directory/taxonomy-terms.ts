/**
 * Puente's service taxonomy for this field, in English and Spanish. Codes are stable identifiers
 * (URLs, filters, HSDS export); ids are fixed UUIDs so every database and every export agrees.
 */
export interface TaxonomyTermDefinition {
  id: string;
  code: string;
  parent?: string;
  name: string;
  nameEs: string;
  description: string;
  descriptionEs: string;
}

export const PUENTE_TAXONOMY_ID = "7c1e3f5a-0000-4000-8000-000000000001";

const term = (n: number) => `7c1e3f5a-0000-4000-8000-${String(n).padStart(12, "0")}`;

export const taxonomyTermDefinitions: TaxonomyTermDefinition[] = [
  { id: term(101), code: "emergency-shelter", name: "Emergency shelter", nameEs: "Refugio de emergencia", description: "Safe short-term housing for survivors and their children.", descriptionEs: "Vivienda segura a corto plazo para sobrevivientes y sus hijos." },
  { id: term(102), code: "hotline", name: "Hotline", nameEs: "Línea de ayuda", description: "Phone or text line for crisis support and information.", descriptionEs: "Línea telefónica o de texto para apoyo en crisis e información." },
  { id: term(103), code: "legal-advocacy", name: "Legal advocacy", nameEs: "Apoyo legal", description: "Help with protection orders, police reports and the court process.", descriptionEs: "Ayuda con órdenes de protección, informes policiales y el proceso judicial." },
  { id: term(104), code: "immigration-legal", name: "Immigration legal services", nameEs: "Servicios legales de inmigración", description: "Advice and representation on immigration matters.", descriptionEs: "Asesoría y representación en asuntos de inmigración." },
  { id: term(105), code: "vawa-self-petition", parent: "immigration-legal", name: "VAWA self-petition", nameEs: "Autopetición VAWA", description: "Self-petitions under the Violence Against Women Act.", descriptionEs: "Autopeticiones bajo la Ley de Violencia contra la Mujer (VAWA)." },
  { id: term(106), code: "u-visa", parent: "immigration-legal", name: "U visa", nameEs: "Visa U", description: "U nonimmigrant status for victims of qualifying crimes.", descriptionEs: "Estatus de no inmigrante U para víctimas de ciertos delitos." },
  { id: term(107), code: "t-visa", parent: "immigration-legal", name: "T visa", nameEs: "Visa T", description: "T nonimmigrant status for survivors of human trafficking.", descriptionEs: "Estatus de no inmigrante T para sobrevivientes de trata de personas." },
  { id: term(108), code: "removal-defense", parent: "immigration-legal", name: "Removal defense", nameEs: "Defensa contra la deportación", description: "Representation in immigration court.", descriptionEs: "Representación ante la corte de inmigración." },
  { id: term(109), code: "immigration-other", parent: "immigration-legal", name: "Other immigration help", nameEs: "Otra ayuda de inmigración", description: "Other immigration benefits and advice.", descriptionEs: "Otros beneficios y asesoría de inmigración." },
  { id: term(110), code: "u-visa-certification", name: "U-visa certification help", nameEs: "Ayuda con la certificación de visa U", description: "Help requesting law-enforcement certification (Form I-918 Supplement B).", descriptionEs: "Ayuda para pedir la certificación de las autoridades (Formulario I-918, Suplemento B)." },
  { id: term(111), code: "counseling", name: "Counseling", nameEs: "Consejería", description: "Individual and group counseling and support groups.", descriptionEs: "Consejería individual y en grupo, y grupos de apoyo." },
  { id: term(112), code: "interpretation", name: "Interpretation and translation", nameEs: "Interpretación y traducción", description: "Interpreters and document translation.", descriptionEs: "Intérpretes y traducción de documentos." },
  { id: term(113), code: "court-accompaniment", name: "Court accompaniment", nameEs: "Acompañamiento a la corte", description: "An advocate goes to court hearings with the survivor.", descriptionEs: "Una persona de apoyo acompaña a la sobreviviente a las audiencias." },
  { id: term(114), code: "community-education", name: "Community education", nameEs: "Educación comunitaria", description: "Know-your-rights workshops and outreach.", descriptionEs: "Talleres de conozca sus derechos y alcance comunitario." },
  { id: term(115), code: "housing", name: "Housing", nameEs: "Vivienda", description: "Transitional housing and help finding a home.", descriptionEs: "Vivienda de transición y ayuda para encontrar un hogar." },
  { id: term(116), code: "health", name: "Health", nameEs: "Salud", description: "Medical care, forensic exams and health advocacy.", descriptionEs: "Atención médica, exámenes forenses y apoyo en salud." },
  { id: term(117), code: "children", name: "Children's services", nameEs: "Servicios para niños", description: "Services for children and teens affected by violence.", descriptionEs: "Servicios para niños y adolescentes afectados por la violencia." },
];
