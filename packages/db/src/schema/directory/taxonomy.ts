import { index, pgTable, text, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { id } from "../columns";

export const taxonomies = pgTable("taxonomies", {
  id: id(),
  name: text().notNull(),
  description: text().notNull(),
  uri: text(),
  version: text(),
});

/** HSDS taxonomy_term with Puente's Spanish label and description beside the English ones. */
export const taxonomyTerms = pgTable(
  "taxonomy_terms",
  {
    id: id(),
    taxonomyId: uuid().references(() => taxonomies.id, { onDelete: "cascade" }),
    code: text().notNull().unique(),
    name: text().notNull(),
    nameEs: text().notNull(),
    description: text().notNull(),
    descriptionEs: text().notNull(),
    parentId: uuid().references((): AnyPgColumn => taxonomyTerms.id, { onDelete: "set null" }),
    termUri: text(),
  },
  (t) => [index().on(t.parentId)],
);
