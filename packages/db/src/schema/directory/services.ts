import { relations } from "drizzle-orm";
import { date, index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "../columns";
import { organizations } from "../organizations";
import { serviceStatusEnum } from "./enums";
import { taxonomyTerms } from "./taxonomy";

/** HSDS service: what an organization offers. */
export const services = pgTable(
  "services",
  {
    id: id(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text().notNull(),
    alternateName: text(),
    description: text(),
    url: text(),
    email: text(),
    status: serviceStatusEnum().notNull().default("active"),
    interpretationServices: text(),
    applicationProcess: text(),
    feesDescription: text(),
    eligibilityDescription: text(),
    minimumAge: integer(),
    maximumAge: integer(),
    assuredDate: date({ mode: "string" }),
    assurerEmail: text(),
    alert: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.organizationId), index().on(t.updatedAt)],
);

/** HSDS attribute rows linking a service to a taxonomy term, kept as a plain join table. */
export const serviceTaxonomyTerms = pgTable(
  "service_taxonomy_terms",
  {
    serviceId: uuid()
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    taxonomyTermId: uuid()
      .notNull()
      .references(() => taxonomyTerms.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.taxonomyTermId] }), index().on(t.taxonomyTermId)],
);

/**
 * HSDS service_area, with the structure Puente searches on: a state (statewide when no county),
 * a county FIPS code, or the whole country (neither).
 */
export const serviceAreas = pgTable(
  "service_areas",
  {
    id: id(),
    serviceId: uuid()
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    name: text(),
    description: text(),
    extent: text(),
    extentType: text(),
    uri: text(),
    stateCode: text(),
    countyFips: text(),
  },
  (t) => [index().on(t.serviceId)],
);

export const servicesRelations = relations(services, ({ one, many }) => ({
  organization: one(organizations, { fields: [services.organizationId], references: [organizations.id] }),
  terms: many(serviceTaxonomyTerms),
  areas: many(serviceAreas),
}));

export const serviceTaxonomyTermsRelations = relations(serviceTaxonomyTerms, ({ one }) => ({
  service: one(services, { fields: [serviceTaxonomyTerms.serviceId], references: [services.id] }),
  term: one(taxonomyTerms, { fields: [serviceTaxonomyTerms.taxonomyTermId], references: [taxonomyTerms.id] }),
}));

export const serviceAreasRelations = relations(serviceAreas, ({ one }) => ({
  service: one(services, { fields: [serviceAreas.serviceId], references: [services.id] }),
}));

