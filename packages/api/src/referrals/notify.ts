import { and, type Database, eq, type Executor, inArray } from "@puente/db";
import { users } from "@puente/db/schema";
import { renderReferralMail, type ReferralMailKind } from "@puente/email";
import type { Locale } from "@puente/i18n";
import { queueOn } from "@puente/jobs";

/** The referral's page in the reader's language (English pages carry no prefix). */
export function referralUrl(appUrl: string, locale: Locale, referralId: string): string {
  return `${appUrl}${locale === "en" ? "" : `/${locale}`}/referrals/${referralId}`;
}

/**
 * Queues one email per person, in their language, with a link only. Sent with `{ tx }`, so the
 * emails exist exactly when the change that caused them commits.
 */
export async function notifyPeople(
  db: Database,
  tx: Executor,
  input: { userIds: (string | null)[]; kind: ReferralMailKind; referralId: string; appUrl: string },
): Promise<void> {
  const ids = input.userIds.filter((id): id is string => id !== null);
  if (ids.length === 0) return;
  const people = await tx
    .select({ email: users.email, language: users.preferredLanguage })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.accountState, "active")));
  const queue = await queueOn(db);
  for (const person of people) {
    const mail = renderReferralMail({
      to: person.email,
      kind: input.kind,
      locale: person.language,
      url: referralUrl(input.appUrl, person.language, input.referralId),
    });
    await queue.send("email.send", mail, { tx });
  }
}
