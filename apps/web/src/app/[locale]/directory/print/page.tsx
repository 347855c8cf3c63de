import { Alert } from "@puente/ui";
import { getFormatter, getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { languageLabel, termLabel } from "../labels";
import { runSearch } from "../run-search";
import type { RawSearchParams } from "../search-params";

export async function generateMetadata() {
  const t = await getTranslations("directory.results");
  return { title: t("printTitle") };
}

/** A compact list for paper: names, services, languages, phones and distance; no filters or maps. */
export default async function DirectoryPrintPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("directory");
  const locale = await getLocale();
  const format = await getFormatter();
  const outcome = await runSearch({ ...(await searchParams), cursor: undefined });
  if (outcome.status !== "ok") {
    return outcome.status === "error" ? <Alert tone="error">{outcome.message}</Alert> : <p>{t("results.start")}</p>;
  }
  const { search } = outcome;
  return (
    <article className="p-print">
      <h1>{t("results.printTitle")}</h1>
      <p>
        {t("results.count", { count: search.total })}
        {search.area ? ` — ${search.area.label}` : ""} · {format.dateTime(new Date(), { dateStyle: "long" })}
      </p>
      <table className="p-table">
        <thead>
          <tr>
            <th scope="col">{t("map.name")}</th>
            <th scope="col">{t("result.offers")}</th>
            <th scope="col">{t("result.speaks")}</th>
            <th scope="col">{t("profile.phones")}</th>
            <th scope="col">{t("map.distance")}</th>
          </tr>
        </thead>
        <tbody>
          {search.results.map((r) => (
            <tr key={r.serviceId}>
              <td>
                <strong>{r.organizationName}</strong>
                <br />
                {r.serviceName} · {[r.city, r.stateCode].filter(Boolean).join(", ")}
              </td>
              <td>{r.termCodes.map((c) => termLabel(c, locale)).join(", ")}</td>
              <td>{r.languageCodes.map((c) => languageLabel(c, locale)).join(", ")}</td>
              <td>{r.phone ?? "—"}</td>
              <td>{r.distanceMiles !== null ? `${r.distanceMiles} mi` : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="p-muted">{t("results.printNote")}</p>
    </article>
  );
}
