import { and, eq, type Executor, sql } from "@puente/db";
import { referralConsents } from "@puente/db/schema";

const DAY = 24 * 60 * 60 * 1000;

/**
 * Consent dates are compared as UTC calendar days everywhere (forms, offers, the queue), so every
 * server and job agrees on whether a consent has ended.
 */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** Consent recorded as valid until a date covers that whole day; it ends as the next day starts (UTC). */
export function consentEndsAt(expiresOn: string): Date {
  return new Date(Date.parse(`${expiresOn}T00:00:00Z`) + DAY);
}

/** Ended by its date (not withdrawn: a withdrawal withdraws the referral at once). */
export function consentLapsed(consent: { expiresOn: string | null; revokedAt: Date | null } | undefined): boolean {
  return consent !== undefined && consent.revokedAt === null && consent.expiresOn !== null && consent.expiresOn < todayUtc();
}

/** The referral's consent while it has not been withdrawn, or undefined. */
export async function standingConsent(db: Executor, referralId: string) {
  const [consent] = await db
    .select()
    .from(referralConsents)
    .where(and(eq(referralConsents.referralId, referralId), sql`${referralConsents.revokedAt} is null`))
    .limit(1);
  return consent;
}
