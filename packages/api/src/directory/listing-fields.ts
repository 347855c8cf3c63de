import { type organizations, populations } from "@puente/db/schema";
import { z } from "zod";

/**
 * The listing fields an organization admin edits and any member may suggest changes to. All are
 * public-class: confidential addresses are changed by the organization itself, never suggested.
 */
export const editableListingFields = z.object({
  alternateName: z.string().trim().max(200).nullable().optional(),
  description: z.string().trim().max(4000).nullable().optional(),
  website: z.url().max(500).nullable().optional(),
  email: z.email().max(254).nullable().optional(),
  acceptsReferrals: z.boolean().optional(),
  populations: z.array(z.enum(populations)).max(populations.length).optional(),
});

export type ListingChanges = z.infer<typeof editableListingFields>;
export type ListingField = keyof ListingChanges;
export const listingFieldNames = Object.keys(editableListingFields.shape) as ListingField[];

type OrganizationRow = typeof organizations.$inferSelect;

export function currentValues(org: OrganizationRow): Required<ListingChanges> {
  return {
    alternateName: org.alternateName,
    description: org.description,
    website: org.website,
    email: org.email,
    acceptsReferrals: org.acceptsReferrals,
    populations: org.populations as Required<ListingChanges>["populations"],
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Field → { from, to } for the fields that actually change. */
export function diffListing(org: OrganizationRow, changes: ListingChanges) {
  const current = currentValues(org);
  const diff: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of listingFieldNames) {
    if (changes[field] === undefined) continue;
    const to = field === "populations" ? [...(changes.populations ?? [])].sort() : changes[field];
    const from = field === "populations" ? [...current.populations].sort() : current[field];
    if (!same(from, to)) diff[field] = { from, to };
  }
  return diff;
}
