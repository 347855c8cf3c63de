import type { SignedInActor } from "@puente/auth/actor";
import type { Database } from "@puente/db";
import { listingSuggestions, organizations, users } from "@puente/db/schema";
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { notFound, PuenteError } from "../errors";
import { applyListingChanges } from "./edit-listing";
import { diffListing, editableListingFields, type ListingChanges } from "./listing-fields";

export const suggestInput = z.object({
  organizationId: z.uuid(),
  changes: editableListingFields,
  note: z.string().trim().max(1000).optional(),
});
export const suggestionIdInput = z.object({ suggestionId: z.uuid() });
export const rejectSuggestionInput = suggestionIdInput.extend({ reason: z.string().trim().min(1).max(500) });

/** Any vetted member may propose a change; it waits for a moderator. */
export async function suggestEdit(db: Database, actor: SignedInActor, input: z.infer<typeof suggestInput>) {
  const [org] = await db.select().from(organizations).where(eq(organizations.id, input.organizationId));
  if (!org) throw notFound();
  if (Object.keys(diffListing(org, input.changes)).length === 0) {
    throw new PuenteError("BAD_REQUEST", "errors.directory.noChanges");
  }
  const [created] = await db
    .insert(listingSuggestions)
    .values({ organizationId: org.id, authorId: actor.userId, changes: input.changes, note: input.note })
    .returning({ id: listingSuggestions.id });
  return { id: created!.id };
}

/** Pending suggestions, each as a diff against the listing as it is now. */
export async function pendingSuggestions(db: Database) {
  const rows = await db
    .select({ suggestion: listingSuggestions, organization: organizations, authorEmail: users.email, authorName: users.name })
    .from(listingSuggestions)
    .innerJoin(organizations, eq(organizations.id, listingSuggestions.organizationId))
    .leftJoin(users, eq(users.id, listingSuggestions.authorId))
    .where(eq(listingSuggestions.status, "pending"))
    .orderBy(asc(listingSuggestions.createdAt))
    .limit(100);
  return rows.map(({ suggestion, organization, authorEmail, authorName }) => ({
    id: suggestion.id,
    organizationId: organization.id,
    organizationName: organization.name,
    author: authorName ?? authorEmail ?? null,
    note: suggestion.note,
    createdAt: suggestion.createdAt,
    diff: diffListing(organization, suggestion.changes as ListingChanges),
  }));
}

async function lockPending(tx: Parameters<Parameters<Database["transaction"]>[0]>[0], suggestionId: string) {
  const [suggestion] = await tx
    .select()
    .from(listingSuggestions)
    .where(eq(listingSuggestions.id, suggestionId))
    .for("update");
  if (!suggestion) throw notFound();
  if (suggestion.status !== "pending") throw new PuenteError("CONFLICT", "errors.directory.alreadyReviewed");
  return suggestion;
}

export async function acceptSuggestion(db: Database, actor: SignedInActor, suggestionId: string) {
  return db.transaction(async (tx) => {
    const suggestion = await lockPending(tx, suggestionId);
    const diff = await applyListingChanges(
      tx,
      actor.userId,
      suggestion.organizationId,
      suggestion.changes as ListingChanges,
      "suggestion_accepted",
    );
    await tx
      .update(listingSuggestions)
      .set({ status: "accepted", reviewerId: actor.userId, reviewedAt: new Date() })
      .where(eq(listingSuggestions.id, suggestionId));
    return { id: suggestionId, diff };
  });
}

export async function rejectSuggestion(db: Database, actor: SignedInActor, suggestionId: string, reason: string) {
  return db.transaction(async (tx) => {
    await lockPending(tx, suggestionId);
    await tx
      .update(listingSuggestions)
      .set({ status: "rejected", reviewerId: actor.userId, reviewedAt: new Date(), rejectionReason: reason })
      .where(and(eq(listingSuggestions.id, suggestionId), eq(listingSuggestions.status, "pending")));
    return { id: suggestionId };
  });
}
