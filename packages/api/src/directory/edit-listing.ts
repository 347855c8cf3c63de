import type { SignedInActor } from "@puente/auth/actor";
import type { Database, Executor } from "@puente/db";
import { refreshSearchEntries } from "@puente/db/directory";
import { listingHistory, organizations } from "@puente/db/schema";
import { eq } from "drizzle-orm";
import { notFound, PuenteError } from "../errors";
import { assertMayEditListing } from "./editors";
import { diffListing, type ListingChanges } from "./listing-fields";

/**
 * Applies changes to a listing with its history row and refreshed search entries, all in the
 * caller's transaction. Returns the diff that was applied.
 */
export async function applyListingChanges(
  tx: Executor,
  actorId: string,
  organizationId: string,
  changes: ListingChanges,
  kind: "edited" | "suggestion_accepted",
) {
  const [org] = await tx.select().from(organizations).where(eq(organizations.id, organizationId)).for("update");
  if (!org) throw notFound();
  const diff = diffListing(org, changes);
  if (Object.keys(diff).length === 0) throw new PuenteError("BAD_REQUEST", "errors.directory.noChanges");
  const values = Object.fromEntries(Object.entries(diff).map(([field, { to }]) => [field, to]));
  await tx.update(organizations).set(values).where(eq(organizations.id, organizationId));
  await tx.insert(listingHistory).values({ organizationId, actorId, kind, diff });
  await refreshSearchEntries(tx, [organizationId]);
  return diff;
}

/** Those who may edit a listing (see mayEditListing) change it directly; others suggest. */
export async function editListing(
  db: Database,
  actor: SignedInActor,
  input: { organizationId: string } & ListingChanges,
) {
  const { organizationId, ...changes } = input;
  return db.transaction(async (tx) => {
    await assertMayEditListing(tx, actor, organizationId);
    return applyListingChanges(tx, actor.userId, organizationId, changes, "edited");
  });
}
