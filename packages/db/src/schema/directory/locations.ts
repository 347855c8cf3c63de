import { relations } from "drizzle-orm";
import { doublePrecision, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { id } from "../columns";
import { organizations } from "../organizations";
import { addressTypeEnum, confidentialityEnum, locationTypeEnum } from "./enums";
import { services } from "./services";

/**
 * HSDS location. A "members" location is a confidential shelter: its street and exact point are
 * read only by vetted members; everyone else sees its city, and maps place it at the city centroid
 * (public_latitude/public_longitude), never at its street.
 */
export const locations = pgTable(
  "locations",
  {
    id: id(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    locationType: locationTypeEnum().notNull().default("physical"),
    name: text(),
    alternateName: text(),
    description: text(),
    transportation: text(),
    url: text(),
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    /** The point shown to people outside the location's class: the city's centroid. */
    publicLatitude: doublePrecision(),
    publicLongitude: doublePrecision(),
    /** The city and state are public even for a confidential location. */
    city: text(),
    stateCode: text(),
    confidentiality: confidentialityEnum().notNull().default("public"),
  },
  (t) => [index().on(t.organizationId), index().on(t.latitude, t.longitude)],
);

export const addresses = pgTable(
  "addresses",
  {
    id: id(),
    locationId: uuid()
      .notNull()
      .references(() => locations.id, { onDelete: "cascade" }),
    attention: text(),
    address1: text().notNull(),
    address2: text(),
    city: text().notNull(),
    region: text(),
    stateProvince: text().notNull(),
    postalCode: text().notNull(),
    country: text().notNull().default("US"),
    addressType: addressTypeEnum().notNull().default("physical"),
    confidentiality: confidentialityEnum().notNull().default("public"),
  },
  (t) => [index().on(t.locationId)],
);

export const phones = pgTable(
  "phones",
  {
    id: id(),
    organizationId: uuid().references(() => organizations.id, { onDelete: "cascade" }),
    serviceId: uuid().references(() => services.id, { onDelete: "cascade" }),
    locationId: uuid().references(() => locations.id, { onDelete: "cascade" }),
    contactId: uuid().references(() => contacts.id, { onDelete: "cascade" }),
    number: text().notNull(),
    extension: text(),
    type: text(),
    description: text(),
    confidentiality: confidentialityEnum().notNull().default("public"),
  },
  (t) => [index().on(t.organizationId), index().on(t.serviceId), index().on(t.locationId)],
);

/** Staff contacts; usually members-class (DESIGN.md). */
export const contacts = pgTable(
  "contacts",
  {
    id: id(),
    organizationId: uuid().references(() => organizations.id, { onDelete: "cascade" }),
    serviceId: uuid().references(() => services.id, { onDelete: "cascade" }),
    name: text(),
    title: text(),
    department: text(),
    email: text(),
    confidentiality: confidentialityEnum().notNull().default("members"),
  },
  (t) => [index().on(t.organizationId), index().on(t.serviceId)],
);

/** HSDS language: ISO 639-1 code plus a display name. */
export const serviceLanguages = pgTable(
  "languages",
  {
    id: id(),
    serviceId: uuid().references(() => services.id, { onDelete: "cascade" }),
    locationId: uuid().references(() => locations.id, { onDelete: "cascade" }),
    name: text(),
    code: text().notNull(),
    note: text(),
  },
  (t) => [index().on(t.serviceId), index().on(t.code)],
);

/** HSDS schedule, weekly opening hours (RFC 5545 BYDAY codes). */
export const schedules = pgTable(
  "schedules",
  {
    id: id(),
    serviceId: uuid().references(() => services.id, { onDelete: "cascade" }),
    locationId: uuid().references(() => locations.id, { onDelete: "cascade" }),
    freq: text().default("WEEKLY"),
    byday: text(),
    opensAt: text(),
    closesAt: text(),
    description: text(),
  },
  (t) => [index().on(t.serviceId)],
);

export const serviceAtLocations = pgTable(
  "service_at_locations",
  {
    id: id(),
    serviceId: uuid()
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    locationId: uuid()
      .notNull()
      .references(() => locations.id, { onDelete: "cascade" }),
    description: text(),
  },
  (t) => [index().on(t.serviceId), index().on(t.locationId)],
);

export const locationsRelations = relations(locations, ({ one, many }) => ({
  organization: one(organizations, { fields: [locations.organizationId], references: [organizations.id] }),
  addresses: many(addresses),
  phones: many(phones),
}));

export const addressesRelations = relations(addresses, ({ one }) => ({
  location: one(locations, { fields: [addresses.locationId], references: [locations.id] }),
}));

export const phonesRelations = relations(phones, ({ one }) => ({
  location: one(locations, { fields: [phones.locationId], references: [locations.id] }),
}));
