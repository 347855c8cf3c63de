import { getTranslator, type Locale } from "@puente/i18n";
import { renderActionMail } from "./layout";
import type { OutgoingMail } from "./transport";

export const referralMailKinds = ["offer", "reminder", "accepted", "declined", "message", "closed", "expired"] as const;
export type ReferralMailKind = (typeof referralMailKinds)[number];

/**
 * A referral notification: what happened, one link, nothing else. No summary, case type, place or
 * message text ever goes into it (DESIGN.md, Safety) — the reader signs in to see those. Rendered
 * here and queued as email.send by the domain, inside the transaction that caused it.
 */
export function renderReferralMail(input: { to: string; kind: ReferralMailKind; locale: Locale; url: string }): OutgoingMail {
  const t = getTranslator(input.locale);
  const body = renderActionMail({
    locale: input.locale,
    paragraphs: [t(`referrals.email.${input.kind}.body`)],
    actionLabel: t("referrals.email.action"),
    actionUrl: input.url,
    closing: t("referrals.email.closing"),
  });
  return { to: input.to, subject: t(`referrals.email.${input.kind}.subject`), language: input.locale, ...body };
}
