import { getTranslator, type Locale } from "@puente/i18n";
import { renderActionMail } from "./layout";
import { sendMail, type OutgoingMail, type SentMail } from "./transport";

export async function sendSignInLink(input: {
  to: string;
  url: string;
  locale: Locale;
  expiresInMinutes: number;
}): Promise<SentMail> {
  const t = getTranslator(input.locale);
  const body = renderActionMail({
    locale: input.locale,
    paragraphs: [t("email.signIn.body", { minutes: input.expiresInMinutes })],
    actionLabel: t("email.signIn.action"),
    actionUrl: input.url,
    closing: t("email.signIn.ignore"),
  });
  return sendMail({ to: input.to, subject: t("email.signIn.subject"), language: input.locale, ...body });
}

/**
 * An organization's invitation: who invites, to which organization, one link. Rendered here and
 * queued as email.send by the domain in the invitation's transaction, so the mail exists exactly
 * when the invitation does and an SMTP outage is retried by the queue.
 */
export function renderInvitationMail(input: {
  to: string;
  url: string;
  locale: Locale;
  inviterName: string;
  organizationName: string;
  expiresInDays: number;
}): OutgoingMail {
  const t = getTranslator(input.locale);
  const body = renderActionMail({
    locale: input.locale,
    paragraphs: [
      t("email.invitation.body", {
        inviter: input.inviterName,
        organization: input.organizationName,
        days: input.expiresInDays,
      }),
    ],
    actionLabel: t("email.invitation.action"),
    actionUrl: input.url,
    closing: t("email.invitation.ignore"),
  });
  return { to: input.to, subject: t("email.invitation.subject"), language: input.locale, ...body };
}
