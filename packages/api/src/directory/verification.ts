import type { SignedInActor } from "@puente/auth/actor";
import type { Database } from "@puente/db";
import { refreshSearchEntries } from "@puente/db/directory";
import { listingHistory, organizations, services } from "@puente/db/schema";
import { and, asc, eq, isNull, lt, ne, or } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit";
import { notFound } from "../errors";
import { STALE_AFTER_MONTHS } from "./stale";

const today = () => new Date().toISOString().slice(0, 10);

/** A moderator confirms a listing is true today: sets assured_date on it and its services. */
export async function verifyListing(db: Database, actor: SignedInActor, organizationId: string) {
  return db.transaction(async (tx) => {
    const [org] = await tx.select().from(organizations).where(eq(organizations.id, organizationId)).for("update");
    if (!org) throw notFound();
    const assuredDate = today();
    await tx
      .update(organizations)
      .set({ assuredDate, verificationState: "verified", verifiedAt: new Date(), verifiedById: actor.userId })
      .where(eq(organizations.id, organizationId));
    await tx
      .update(services)
      .set({ assuredDate, assurerEmail: actor.email })
      .where(eq(services.organizationId, organizationId));
    await tx.insert(listingHistory).values({
      organizationId,
      actorId: actor.userId,
      kind: "verified",
      diff: { assuredDate: { from: org.assuredDate, to: assuredDate } },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "organization.verified",
      subjectType: "organization",
      subjectId: organizationId,
      details: { assuredDate },
    });
    await refreshSearchEntries(tx, [organizationId]);
    return { id: organizationId, assuredDate };
  });
}

/** Listings not verified for 12 months (or never), oldest first: the moderators' to-do list. */
export async function staleListings(db: Database) {
  const limit = new Date();
  limit.setUTCMonth(limit.getUTCMonth() - STALE_AFTER_MONTHS);
  return db
    .select({
      id: organizations.id,
      name: organizations.name,
      city: organizations.city,
      state: organizations.state,
      assuredDate: organizations.assuredDate,
    })
    .from(organizations)
    .where(
      and(
        ne(organizations.verificationState, "rejected"),
        or(isNull(organizations.assuredDate), lt(organizations.assuredDate, limit.toISOString().slice(0, 10))),
      ),
    )
    .orderBy(asc(organizations.assuredDate), asc(organizations.name))
    .limit(500);
}
