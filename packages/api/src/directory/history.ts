import type { SignedInActor } from "@puente/auth/actor";
import type { Database } from "@puente/db";
import { listingHistory, users } from "@puente/db/schema";
import { desc, eq } from "drizzle-orm";
import { assertMayEditListing } from "./editors";

/** Edit history, for the people allowed to edit the listing and for moderators. */
export async function listingHistoryFor(db: Database, actor: SignedInActor, organizationId: string) {
  await assertMayEditListing(db, actor, organizationId);
  return db
    .select({
      id: listingHistory.id,
      kind: listingHistory.kind,
      diff: listingHistory.diff,
      createdAt: listingHistory.createdAt,
      actor: users.name,
    })
    .from(listingHistory)
    .leftJoin(users, eq(users.id, listingHistory.actorId))
    .where(eq(listingHistory.organizationId, organizationId))
    .orderBy(desc(listingHistory.createdAt))
    .limit(100);
}
