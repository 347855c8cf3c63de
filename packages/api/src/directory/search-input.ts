import { organizationKinds, populations } from "@puente/db/schema";
import { taxonomyTermDefinitions } from "@puente/db/directory";
import { RADIUS_MILES } from "@puente/geo";
import { z } from "zod";

export const serviceCodes = taxonomyTermDefinitions.map((t) => t.code) as [string, ...string[]];

/**
 * Everything a directory search can say. The web page mirrors it in the URL, so a search can be
 * shared and bookmarked; unknown values are refused with a message, never silently dropped.
 */
export const searchInput = z.object({
  q: z.string().trim().max(200).optional(),
  place: z.string().trim().max(100).optional(),
  /** Miles around the place, or "state" for the place's whole state. */
  radius: z.union([z.number().int().min(RADIUS_MILES.min).max(RADIUS_MILES.max), z.literal("state")]).default(25),
  services: z.array(z.enum(serviceCodes, { error: "errors.directory.unknownService" })).max(17).default([]),
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}$/, { error: "errors.directory.unknownLanguage" }))
    .max(20)
    .default([]),
  kinds: z.array(z.enum(organizationKinds, { error: "errors.validation.choice" })).max(9).default([]),
  populations: z.array(z.enum(populations, { error: "errors.validation.choice" })).max(12).default([]),
  acceptsReferrals: z.boolean().optional(),
  verified: z.boolean().optional(),
  sort: z.enum(["relevance", "distance"]).optional(),
  cursor: z.string().max(300).optional(),
  limit: z.number().int().min(1).max(100).default(20),
});

export type SearchInput = z.infer<typeof searchInput>;
