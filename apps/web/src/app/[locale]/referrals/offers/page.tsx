import { hasRole } from "@puente/auth/actor";
import { PageHeader, Section } from "@puente/ui";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "~/i18n/navigation";
import { getActor } from "~/server/actor";
import { api } from "~/server/api";
import { hoursFormat, stateLabel } from "../labels";

export async function generateMetadata() {
  const t = await getTranslations("referrals.offersPage");
  return { title: t("title") };
}

/** The attorney's dashboard: offers waiting with the time left, active referrals, capacity, hours. */
export default async function AttorneyOffersPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const locale = await getLocale();
  if (!hasRole(await getActor(), "attorney")) return redirect({ href: "/referrals", locale });
  const t = await getTranslations("referrals");
  const attorneys = await getTranslations("attorneys");
  const board = await (await api()).referral.attorneyDashboard();
  // Rendered per request, so "now" is the moment the page was asked for.
  const now = Date.now();
  const hoursLeft = (iso: string) => Math.max(0, Math.floor((Date.parse(iso) - now) / 3_600_000));
  return (
    <>
      <PageHeader title={t("offersPage.title")} />
      <Section id="waiting" title={t("offersPage.waiting")}>
        {board.offers.length === 0 ? <p>{t("offersPage.none")}</p> : null}
        <ul className="p-card-list">
          {board.offers.map((o) => (
            <li key={o.offerId} className="p-card">
              <h3>
                <Link href={`/referrals/${o.referralId}`}>{o.referenceCode}</Link>
              </h3>
              <p>
                {o.caseTypes.map((c) => attorneys(`caseTypes.${c}`)).join(", ")} · {stateLabel(o.stateCode, locale)}
                {o.detained ? ` · ${t("offersPage.detained")}` : ""}
              </p>
              <p className="p-badge p-badge--warn">{t("offersPage.timeLeft", { hours: hoursLeft(o.expiresAt) })}</p>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="active" title={t("offersPage.active")}>
        {board.active.length === 0 ? <p>{t("offersPage.noActive")}</p> : null}
        <ul>
          {board.active.map((r) => (
            <li key={r.id}>
              <Link href={`/referrals/${r.id}`}>{r.referenceCode}</Link> · {t(`status.${r.status}`)}
            </li>
          ))}
        </ul>
        <dl className="p-dl">
          <dt>{t("offersPage.capacity")}</dt>
          <dd>{t("offersPage.capacityValue", { active: board.active.length, capacity: board.capacity })}</dd>
          <dt>{t("offersPage.hours")}</dt>
          <dd>
            {t("dashboard.hoursValue", { hours: hoursFormat(board.hours) })} <a href={`/api/referrals/hours`} download>{t("dashboard.exportHours")}</a>
          </dd>
        </dl>
      </Section>
    </>
  );
}
