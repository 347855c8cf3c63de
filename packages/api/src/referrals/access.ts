import type { SignedInActor } from "@puente/auth/actor";
import { and, eq, type Executor, sql } from "@puente/db";
import { referralOffers, referrals } from "@puente/db/schema";
import { notFound, PuenteError } from "../errors";

/**
 * "Parties" data (DESIGN.md): a referral's summary, messages and contact details belong to the
 * referring organization's members and to the attorney holding a live offer or the acceptance.
 * Everyone else — moderators included — gets NOT_FOUND, which also hides that the referral exists.
 */
export type PartySide = "organization" | "attorney";

export type ReferralRow = typeof referrals.$inferSelect;

export function isOrganizationSide(actor: SignedInActor, referral: Pick<ReferralRow, "organizationId">): boolean {
  return actor.memberships.some((m) => m.organizationId === referral.organizationId);
}

/** The attorney side holds a live (unexpired) offer or the accepted one. */
export async function holdsOfferOrAcceptance(db: Executor, attorneyId: string, referralId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: referralOffers.id })
    .from(referralOffers)
    .where(
      and(
        eq(referralOffers.referralId, referralId),
        eq(referralOffers.attorneyId, attorneyId),
        sql`(${referralOffers.state} = 'accepted' or (${referralOffers.state} = 'offered' and ${referralOffers.expiresAt} > now()))`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function partySide(db: Executor, actor: SignedInActor, referral: ReferralRow): Promise<PartySide | null> {
  if (isOrganizationSide(actor, referral)) return "organization";
  if (await holdsOfferOrAcceptance(db, actor.userId, referral.id)) return "attorney";
  return null;
}

/**
 * Loads a referral for one of its parties, optionally locking the row (FOR UPDATE) for a change.
 * Not a party: NOT_FOUND. `side` narrows who may act (e.g. only the organization offers).
 */
export async function referralForParty(
  db: Executor,
  actor: SignedInActor,
  referralId: string,
  options: { side?: PartySide; lock?: boolean } = {},
): Promise<{ referral: ReferralRow; side: PartySide }> {
  const query = db.select().from(referrals).where(eq(referrals.id, referralId));
  const [referral] = options.lock ? await query.for("update") : await query;
  if (!referral) throw notFound();
  const side = await partySide(db, actor, referral);
  if (!side) throw notFound();
  if (options.side && side !== options.side) throw new PuenteError("FORBIDDEN", "referrals.errors.notYourSide");
  return { referral, side };
}

/** A stale form (rendered at another version) is refused instead of acting twice. */
export function assertVersion(referral: ReferralRow, expectedVersion: number): void {
  if (referral.version !== expectedVersion) throw new PuenteError("CONFLICT", "referrals.errors.stale");
}
