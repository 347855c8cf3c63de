import type { RouterOutputs } from "@puente/api";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "~/i18n/navigation";
import { languageLabel, termLabel } from "../labels";
import { ResultReason } from "./result-reason";

type Search = RouterOutputs["directory"]["search"];

export async function ResultList({ search, startAt = 1 }: { search: Search; startAt?: number }) {
  const t = await getTranslations("directory");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const locale = await getLocale();
  return (
    <ol className="p-card-list p-results" start={startAt}>
      {search.results.map((r) => (
        <li key={r.serviceId} className="p-card">
          <h3>
            <Link href={`/directory/${r.organizationId}`}>{r.organizationName}</Link>
          </h3>
          <p className="p-result-service">{r.serviceName}</p>
          <p className="p-muted">
            {common(`organizationKinds.${r.kind}` as "organizationKinds.dv_program")} · {[r.city, r.stateCode].filter(Boolean).join(", ")}
            {search.area ? (
              <>
                {" · "}
                <strong>
                  <ResultReason result={r} areaState={search.area.stateCode} />
                </strong>
              </>
            ) : null}
          </p>
          <ul className="p-tags" aria-label={t("result.offers")}>
            {r.termCodes.map((code) => (
              <li key={code}>{termLabel(code, locale)}</li>
            ))}
          </ul>
          {r.languageCodes.length ? (
            <p>
              <span className="p-muted">{t("result.speaks")}:</span> {r.languageCodes.map((c) => languageLabel(c, locale)).join(", ")}
            </p>
          ) : null}
          <p className="p-badges">
            <span className={r.verified ? "p-badge p-badge--ok" : "p-badge"}>{r.verified ? t("result.verified") : t("result.notVerified")}</span>
            {r.stale ? <span className="p-badge p-badge--warn">{t("result.stale")}</span> : null}
            {r.acceptsReferrals ? <span className="p-badge">{t("result.acceptsReferrals")}</span> : null}
            {r.assuredDate ? (
              <span className="p-muted"> {t("result.lastVerified", { date: format.dateTime(new Date(`${r.assuredDate}T12:00:00Z`), { dateStyle: "medium" }) })}</span>
            ) : null}
          </p>
          {r.phone ? (
            <p>
              <a href={`tel:${r.phone.replace(/[^\d+]/g, "")}`} className="p-button p-button--secondary">
                {t("result.call", { phone: r.phone })}
              </a>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
