import { pgEnum } from "drizzle-orm/pg-core";

/** Who may read a location, address, phone or contact (DESIGN.md, Data classes). */
export const confidentialityClasses = ["public", "members"] as const;
export type Confidentiality = (typeof confidentialityClasses)[number];
export const confidentialityEnum = pgEnum("confidentiality", confidentialityClasses);

export const serviceStatuses = ["active", "inactive", "defunct", "temporarily closed"] as const;
export type ServiceStatus = (typeof serviceStatuses)[number];
export const serviceStatusEnum = pgEnum("service_status", serviceStatuses);

export const locationTypes = ["physical", "postal", "virtual"] as const;
export type LocationType = (typeof locationTypes)[number];
export const locationTypeEnum = pgEnum("location_type", locationTypes);

export const addressTypes = ["physical", "postal", "virtual"] as const;
export const addressTypeEnum = pgEnum("address_type", addressTypes);

/** Populations a program says it serves; Puente's addition to HSDS. */
export const populations = [
  "immigrants",
  "refugees",
  "women",
  "men",
  "lgbtq",
  "children",
  "youth",
  "older_adults",
  "indigenous",
  "deaf_hard_of_hearing",
  "people_with_disabilities",
  "farmworkers",
] as const;
export type Population = (typeof populations)[number];

export const suggestionStatuses = ["pending", "accepted", "rejected"] as const;
export type SuggestionStatus = (typeof suggestionStatuses)[number];
export const suggestionStatusEnum = pgEnum("suggestion_status", suggestionStatuses);
