import { listStoredMail } from "@puente/email";
import { PageHeader } from "@puente/ui";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { env } from "~/env";

export const metadata = { title: "Mail" };

/**
 * Development only (MAIL_PREVIEW): the emails Puente wrote to MAIL_DIR, with their links, so a new
 * user can click their sign-in link without a mail server. Absent in production.
 */
export default async function DevMailPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  if (!env.MAIL_PREVIEW) notFound();
  const t = await getTranslations("common.nav");
  const format = await getFormatter();
  const mails = await listStoredMail(30);
  return (
    <>
      <PageHeader title={t("devMail")} />
      <ul className="p-card-list">
        {mails.map((mail) => (
          <li key={mail.file} className="p-card">
            <p>
              <strong>{mail.subject}</strong>
            </p>
            <p className="p-muted">
              {mail.to} · {mail.date ? format.dateTime(mail.date, { dateStyle: "medium", timeStyle: "medium" }) : ""}
            </p>
            <ul>
              {mail.links.map((link) => (
                <li key={link}>
                  <a href={link}>{link.length > 80 ? `${link.slice(0, 80)}…` : link}</a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
