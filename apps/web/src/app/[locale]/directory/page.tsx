import { Alert, PageHeader } from "@puente/ui";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "~/i18n/navigation";
import { ResultList } from "./_components/result-list";
import { ResultMap } from "./_components/result-map";
import { SearchForm } from "./_components/search-form";
import { stateLabel } from "./labels";
import { runSearch } from "./run-search";
import { cleanSearchHref, searchHref, type RawSearchParams } from "./search-params";

export async function generateMetadata() {
  const t = await getTranslations("directory");
  return { title: t("title") };
}

export default async function DirectoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  setRequestLocale((await params).locale);
  const query = await searchParams;
  const locale = await getLocale();
  const clean = cleanSearchHref("/directory", query);
  if (clean) return redirect({ href: clean, locale });
  const t = await getTranslations("directory");
  const outcome = await runSearch(query);
  const view = query.view === "map" ? "map" : "list";
  const search = outcome.status === "ok" ? outcome.search : undefined;
  const area = search?.area;
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <SearchForm params={query} facets={search?.facets} />
      <section aria-labelledby="results-title" className="p-section">
        <h2 id="results-title">{t("results.heading")}</h2>
        {outcome.status === "error" ? <Alert tone="error">{outcome.message}</Alert> : null}
        {outcome.status === "empty" ? <p>{t("results.start")}</p> : null}
        {search ? (
          <>
            <p role="status">
              <strong>{t("results.count", { count: search.total })}</strong>{" "}
              {area
                ? area.kind === "radius"
                  ? t("results.near", { place: area.label, miles: area.miles ?? 0 })
                  : t("results.inState", { place: stateLabel(area.stateCode, locale) })
                : null}
            </p>
            <nav aria-label={t("results.view")} className="p-actions">
              <Link href={searchHref("/directory", query, { view: "list", cursor: undefined })} aria-current={view === "list" ? "page" : undefined} className="p-button p-button--secondary">
                {t("results.list")}
              </Link>
              <Link href={searchHref("/directory", query, { view: "map", cursor: undefined })} aria-current={view === "map" ? "page" : undefined} className="p-button p-button--secondary">
                {t("results.map")}
              </Link>
              <Link href={searchHref("/directory/print", query, { view: undefined, cursor: undefined })} className="p-button p-button--secondary">
                {t("results.print")}
              </Link>
            </nav>
            {search.total === 0 ? (
              <div className="p-card">
                <p>{t("results.empty")}</p>
                <p>{t("results.emptyHint")}</p>
                {area?.kind === "radius" && (area.miles ?? 0) < 200 ? (
                  <p>
                    <Link href={searchHref("/directory", query, { radius: String(Math.min(200, (area.miles ?? 25) * 4)), cursor: undefined })}>
                      {t("results.widen", { miles: Math.min(200, (area.miles ?? 25) * 4) })}
                    </Link>
                    {" · "}
                    <Link href={searchHref("/directory", query, { radius: "state", cursor: undefined })}>{t("results.searchState")}</Link>
                  </p>
                ) : null}
              </div>
            ) : view === "map" ? (
              <ResultMap search={search} />
            ) : (
              <ResultList search={search} />
            )}
            {search.nextCursor ? (
              <p>
                <Link href={searchHref("/directory", query, { cursor: search.nextCursor })} className="p-button p-button--secondary">
                  {t("results.more")}
                </Link>
              </p>
            ) : null}
          </>
        ) : null}
      </section>
    </>
  );
}
