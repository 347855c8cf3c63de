import { hasRole } from "@puente/auth/actor";
import { PageHeader, Section, TableScroll } from "@puente/ui";
import { getFormatter, getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "~/i18n/navigation";
import { getActor } from "~/server/actor";
import { api } from "~/server/api";
import { ReviewOutcome } from "./review-outcome";
import { SuggestionDecision, VerifyButton } from "./review-forms";

const show = (value: unknown) =>
  Array.isArray(value) ? value.join(", ") || "—" : value === null || value === undefined || value === "" ? "—" : String(value);

export async function generateMetadata() {
  const t = await getTranslations("directory.review");
  return { title: t("title") };
}

export default async function ListingReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ done?: string; organization?: string }>;
}) {
  setRequestLocale((await params).locale);
  const { done, organization } = await searchParams;
  if (!hasRole(await getActor(), "moderator")) return redirect({ href: "/", locale: await getLocale() });
  const t = await getTranslations("directory");
  const format = await getFormatter();
  const caller = await api();
  const [suggestions, stale] = await Promise.all([caller.directory.suggestions(), caller.directory.stale()]);
  const fieldLabel = (f: string) => (t.has(`fields.${f}`) ? t(`fields.${f}` as "fields.website") : f);
  return (
    <>
      <PageHeader title={t("review.title")} />
      <ReviewOutcome done={done} organizationId={organization} />
      <Section id="suggestions" title={t("review.suggestions")}>
        {suggestions.length === 0 ? <p>{t("review.none")}</p> : null}
        <ul className="p-card-list">
          {suggestions.map((s) => (
            <li key={s.id} className="p-card">
              <h3>
                <Link href={`/directory/${s.organizationId}`}>{s.organizationName}</Link>
              </h3>
              <p className="p-muted">{t("review.from", { name: s.author ?? "—", date: format.dateTime(s.createdAt, { dateStyle: "medium" }) })}</p>
              {s.note ? <p>{s.note}</p> : null}
              <TableScroll label={t("review.suggestions")}>
                <table className="p-table">
                  <thead>
                    <tr>
                      <th scope="col">{t("review.field")}</th>
                      <th scope="col">{t("review.current")}</th>
                      <th scope="col">{t("review.proposed")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {Object.entries(s.diff).map(([field, change]) => (
                      <tr key={field}>
                        <th scope="row">{fieldLabel(field)}</th>
                        <td>
                          <del>{show(change.from)}</del>
                        </td>
                        <td>
                          <ins>{show(change.to)}</ins>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              <SuggestionDecision suggestionId={s.id} organizationName={s.organizationName} />
            </li>
          ))}
        </ul>
      </Section>
      <Section id="stale" title={t("review.stale")}>
        <p>{t("review.staleIntro")}</p>
        {stale.length === 0 ? <p>{t("review.staleNone")}</p> : null}
        <TableScroll label={t("review.stale")}>
          <table className="p-table">
            <thead>
              <tr>
                <th scope="col">{t("map.name")}</th>
                <th scope="col">{t("map.place")}</th>
                <th scope="col">{t("fields.assuredDate")}</th>
                <th scope="col">
                  <span className="p-visually-hidden">{t("review.verify")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {stale.map((o) => (
                <tr key={o.id}>
                  <td>
                    <Link href={`/directory/${o.id}`}>{o.name}</Link>
                  </td>
                  <td>{[o.city, o.state].filter(Boolean).join(", ")}</td>
                  <td>{o.assuredDate ? format.dateTime(new Date(`${o.assuredDate}T12:00:00Z`), { dateStyle: "medium" }) : t("result.neverVerified")}</td>
                  <td>
                    <VerifyButton organizationId={o.id} name={o.name} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </Section>
    </>
  );
}
