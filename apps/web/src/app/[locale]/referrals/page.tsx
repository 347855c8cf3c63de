import { hasRole, isMember } from "@puente/auth/actor";
import { referralStatuses } from "@puente/db/schema";
import { PageHeader, Section, TableScroll } from "@puente/ui";
import { getFormatter, getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "~/i18n/navigation";
import { getActor } from "~/server/actor";
import { api } from "~/server/api";
import { hoursFormat, stateLabel } from "./labels";
import { TotalsChart } from "./totals-chart";

export async function generateMetadata() {
  const t = await getTranslations("referrals.dashboard");
  return { title: t("title") };
}

/** The advocate's dashboard: each of their organizations' referrals by status, offers waiting, time to acceptance, hours. */
export default async function ReferralsPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const locale = await getLocale();
  const actor = await getActor();
  if (!isMember(actor)) return redirect({ href: "/", locale });
  const t = await getTranslations("referrals");
  const attorneys = await getTranslations("attorneys");
  const format = await getFormatter();
  const caller = await api();
  const organizations = await caller.organization.mine();
  const dashboards = await Promise.all(
    organizations.map(async (o) => ({ organization: o, dashboard: await caller.referral.organizationDashboard({ organizationId: o.id }) })),
  );
  const when = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" }) : t("dashboard.notAvailable"));
  return (
    <>
      <PageHeader title={t("dashboard.title")} lead={t("dashboard.lead")} />
      <p className="p-actions">
        {organizations.length > 0 ? (
          <Link href="/referrals/new" className="p-button p-button--primary">
            {t("dashboard.newReferral")}
          </Link>
        ) : null}
        {hasRole(actor, "attorney") ? (
          <Link href="/referrals/offers" className="p-button p-button--secondary">
            {t("dashboard.myOffers")}
          </Link>
        ) : null}
      </p>
      {organizations.length === 0 ? <p>{t("dashboard.noOrganization")}</p> : null}
      {dashboards.map(({ organization, dashboard }) => (
        <Section key={organization.id} id={`org-${organization.id}`} title={t("dashboard.list", { organization: organization.name })}>
          <dl className="p-dl">
            <dt>{t("dashboard.offersWaiting")}</dt>
            <dd>{dashboard.offersWaiting}</dd>
            <dt>{t("dashboard.medianAcceptance")}</dt>
            <dd>
              {dashboard.medianHoursToAcceptance === null
                ? t("dashboard.notAvailable")
                : t("dashboard.hoursValue", { hours: hoursFormat(dashboard.medianHoursToAcceptance) })}
            </dd>
            <dt>{t("dashboard.hoursTotal")}</dt>
            <dd>
              {t("dashboard.hoursValue", { hours: hoursFormat(dashboard.hours) })}{" "}
              <a href={`/api/referrals/hours?organizationId=${organization.id}`} download>{t("dashboard.exportHours")}</a>
            </dd>
          </dl>
          {dashboard.referrals.length > 0 ? (
            <>
              <h3>{t("dashboard.byStatus")}</h3>
              <TotalsChart
                title={t("dashboard.byStatusOf", { organization: organization.name })}
                rows={referralStatuses.flatMap((status) =>
                  dashboard.byStatus[status] ? [{ key: status, label: t(`status.${status}`), count: dashboard.byStatus[status] }] : [],
                )}
              />
            </>
          ) : null}
          {dashboard.referrals.length === 0 ? (
            <p>{t("dashboard.none")}</p>
          ) : (
            <TableScroll label={t("dashboard.list", { organization: organization.name })}>
              <table className="p-table">
                <thead>
                  <tr>
                    <th scope="col">{t("dashboard.reference")}</th>
                    <th scope="col">{t("dashboard.status")}</th>
                    <th scope="col">{t("dashboard.caseTypes")}</th>
                    <th scope="col">{t("dashboard.state")}</th>
                    <th scope="col">{t("dashboard.offerExpires")}</th>
                  </tr>
                </thead>
                <tbody>
                  {dashboard.referrals.map((r) => (
                    <tr key={r.id}>
                      <td>
                        <Link href={`/referrals/${r.id}`}>{r.referenceCode}</Link>
                      </td>
                      <td>{t(`status.${r.status}`)}</td>
                      <td>{r.caseTypes.map((c) => attorneys(`caseTypes.${c}`)).join(", ")}</td>
                      <td>{stateLabel(r.stateCode, locale)}</td>
                      <td>{when(r.liveOfferExpiresAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </Section>
      ))}
    </>
  );
}
