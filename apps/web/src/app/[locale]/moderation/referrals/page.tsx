import { hasRole } from "@puente/auth/actor";
import { PageHeader, Section } from "@puente/ui";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "~/i18n/navigation";
import { getActor } from "~/server/actor";
import { api } from "~/server/api";
import { hoursFormat, stateLabel } from "../../referrals/labels";
import { TotalsChart, type TotalsRow } from "../../referrals/totals-chart";

export async function generateMetadata() {
  const t = await getTranslations("referrals.moderation");
  return { title: t("title") };
}

/** One total as its own region: a heading, the chart and its table. */
function Totals({ id, title, rows }: { id: string; title: string; rows: TotalsRow[] }) {
  return (
    <Section id={id} title={title}>
      <TotalsChart title={title} rows={rows} />
    </Section>
  );
}

/** Network totals for moderators: counts and statuses only, never a summary or a message. */
export default async function ReferralTotalsPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const locale = await getLocale();
  if (!hasRole(await getActor(), "moderator")) return redirect({ href: "/", locale });
  const t = await getTranslations("referrals");
  const attorneys = await getTranslations("attorneys");
  const totals = await (await api()).referral.networkTotals();
  return (
    <>
      <PageHeader title={t("moderation.title")} lead={t("moderation.lead")} />
      <dl className="p-dl">
        <dt>{t("moderation.total")}</dt>
        <dd>{totals.total}</dd>
        <dt>{t("moderation.accepted")}</dt>
        <dd>{totals.accepted}</dd>
        <dt>{t("moderation.medianAcceptance")}</dt>
        <dd>
          {totals.medianHoursToAcceptance === null
            ? t("dashboard.notAvailable")
            : t("dashboard.hoursValue", { hours: hoursFormat(totals.medianHoursToAcceptance) })}
        </dd>
      </dl>
      <Totals id="by-status" title={t("moderation.byStatus")} rows={totals.byStatus.map((r) => ({ ...r, label: t(`status.${r.key as "open"}`) }))} />
      <Totals
        id="by-case-type"
        title={t("moderation.byCaseType")}
        rows={totals.byCaseType.map((r) => ({ ...r, label: attorneys(`caseTypes.${r.key as "u_visa"}`) }))}
      />
      <Totals id="by-state" title={t("moderation.byState")} rows={totals.byState.map((r) => ({ ...r, label: stateLabel(r.key, locale) }))} />
    </>
  );
}
