import { hasRole } from "@puente/auth/actor";
import { PageHeader, Section, TableScroll } from "@puente/ui";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "~/i18n/navigation";
import { getActor } from "~/server/actor";
import { api } from "~/server/api";
import { hoursFormat, stateLabel } from "../../referrals/labels";

export async function generateMetadata() {
  const t = await getTranslations("referrals.moderation");
  return { title: t("title") };
}

interface Row {
  key: string;
  label: string;
  count: number;
}

/** A horizontal bar chart drawn on the server, with its numbers repeated in a table for screen readers and printing. */
async function Totals({ id, title, rows }: { id: string; title: string; rows: Row[] }) {
  const t = await getTranslations("referrals.moderation");
  const max = Math.max(1, ...rows.map((r) => r.count));
  const barHeight = 22;
  return (
    <Section id={id} title={title}>
      <svg role="img" aria-label={t("chart", { title })} viewBox={`0 0 320 ${rows.length * barHeight + 4}`} width="100%" style={{ maxWidth: 480 }}>
        {rows.map((r, i) => (
          <g key={r.key} transform={`translate(0 ${i * barHeight})`}>
            <text x="0" y="15" fontSize="11" fill="currentColor">
              {r.label.slice(0, 24)}
            </text>
            <rect x="150" y="4" height="14" width={Math.max(2, (140 * r.count) / max)} fill="#1d4ed8" />
            <text x={156 + (140 * r.count) / max} y="15" fontSize="11" fill="currentColor">
              {r.count}
            </text>
          </g>
        ))}
      </svg>
      <TableScroll label={t("table", { title })}>
        <table className="p-table">
          <thead>
            <tr>
              <th scope="col">{t("label")}</th>
              <th scope="col">{t("count")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <td>{r.label}</td>
                <td>{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
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
