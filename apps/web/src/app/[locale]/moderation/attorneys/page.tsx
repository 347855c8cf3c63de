import { hasRole } from "@puente/auth/actor";
import { Alert, PageHeader, TableScroll } from "@puente/ui";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "~/i18n/navigation";
import { getActor } from "~/server/actor";
import { api } from "~/server/api";
import { languageLabel, regionLabel, stateLabel } from "../../attorneys/labels";
import { ApplicationDecision, BarAdmissionDecision } from "./decision-forms";

export async function generateMetadata() {
  const t = await getTranslations("attorneys.review");
  return { title: t("title") };
}

const outcomes = ["barVerified", "barRejected", "approved", "rejected"] as const;

/** Attorney applications: verify each bar admission against the state bar, then approve or reject. */
export default async function AttorneyReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  setRequestLocale((await params).locale);
  const locale = await getLocale();
  if (!hasRole(await getActor(), "moderator")) return redirect({ href: "/", locale });
  const t = await getTranslations("attorneys");
  const { done } = await searchParams;
  const queue = await (await api()).attorney.applications();
  const outcome = outcomes.find((o) => o === done);
  return (
    <>
      <PageHeader title={t("review.title")} lead={t("review.intro")} />
      {outcome ? <Alert tone="success">{t(`review.done.${outcome}`)}</Alert> : null}
      {queue.length === 0 ? (
        <p>{t("review.empty")}</p>
      ) : (
        <ul className="p-card-list">
          {queue.map((a) => (
            <li key={a.userId} className="p-card">
              <h2>{a.name}</h2>
              <p className="p-muted">
                {a.email} · {t(`applicationStates.${a.applicationState}`)}
              </p>
              <dl className="p-dl">
                <dt>{t("fields.affiliation")}</dt>
                <dd>{[t(`affiliationKinds.${a.affiliationKind}`), a.affiliationName].filter(Boolean).join(" · ")}</dd>
                <dt>{t("fields.practiceAreas")}</dt>
                <dd>{a.practiceAreas.map((c) => t(`caseTypes.${c}`)).join(", ")}</dd>
                <dt>{t("fields.languages")}</dt>
                <dd>{a.languages.map((l) => `${languageLabel(l.code, locale)} (${t(`proficiency.${l.proficiency}`)})`).join(", ")}</dd>
                <dt>{t("fields.regions")}</dt>
                <dd>{a.regions.length ? a.regions.map((r) => regionLabel(r, locale)).join("; ") : t("noRegions")}</dd>
              </dl>
              <h3>{t("fields.barAdmissions")}</h3>
              <TableScroll label={`${t("fields.barAdmissions")}: ${a.name}`}>
                <table className="p-table">
                  <thead>
                    <tr>
                      <th scope="col">{t("fields.barState")}</th>
                      <th scope="col">{t("fields.barNumber")}</th>
                      <th scope="col">{t("fields.barYear")}</th>
                      <th scope="col">{t("fields.barStatus")}</th>
                      <th scope="col">{t("review.decision")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {a.barAdmissions.map((b) => (
                      <tr key={b.id}>
                        <th scope="row">{stateLabel(b.state, locale)}</th>
                        <td>{b.number}</td>
                        <td>{b.year}</td>
                        <td>{t(`barStates.${b.verificationState}`)}</td>
                        <td>
                          <BarAdmissionDecision admissionId={b.id} attorneyId={a.userId} label={`${a.name}, ${b.state} ${b.number ?? ""}`} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              {a.applicationState === "pending" ? <ApplicationDecision attorneyId={a.userId} name={a.name} /> : null}
              <p>
                <Link href={`/attorneys/${a.userId}`}>{t("review.openProfile", { name: a.name })}</Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
