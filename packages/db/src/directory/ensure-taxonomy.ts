import { sql } from "drizzle-orm";
import type { Executor } from "../client";
import { taxonomies, taxonomyTerms } from "../schema";
import { PUENTE_TAXONOMY_ID, taxonomyTermDefinitions } from "./taxonomy-terms";

/** Writes Puente's taxonomy (idempotent): every database has the same terms with the same ids. */
export async function ensureTaxonomy(db: Executor) {
  await db
    .insert(taxonomies)
    .values({
      id: PUENTE_TAXONOMY_ID,
      name: "Puente services",
      description: "Services for immigrant survivors of domestic violence and sexual assault.",
      version: "1",
    })
    .onConflictDoNothing();
  const byCode = new Map(taxonomyTermDefinitions.map((t) => [t.code, t.id]));
  for (const t of taxonomyTermDefinitions) {
    const values = {
      id: t.id,
      taxonomyId: PUENTE_TAXONOMY_ID,
      code: t.code,
      name: t.name,
      nameEs: t.nameEs,
      description: t.description,
      descriptionEs: t.descriptionEs,
      parentId: t.parent ? byCode.get(t.parent) : null,
    };
    await db
      .insert(taxonomyTerms)
      .values(values)
      .onConflictDoUpdate({
        target: taxonomyTerms.id,
        set: { ...values, id: sql`excluded.id` },
      });
  }
}
