import type { RouterOutputs } from "@puente/api";
import { countyByFips } from "@puente/geo";
import { getLocale, getTranslations } from "next-intl/server";
import { languageLabel, stateLabel, termLabel } from "../labels";

type Service = RouterOutputs["directory"]["byId"]["services"][number];

export async function ServiceDetails({ service }: { service: Service }) {
  const t = await getTranslations("directory");
  const locale = await getLocale();
  const areaLabel = (a: Service["areas"][number]) => {
    if (a.countyFips) {
      const county = countyByFips(a.countyFips);
      return county ? `${locale === "es" ? county.fullNameEs : county.fullName}, ${county.stateCode}` : a.countyFips;
    }
    if (a.stateCode) return t("profile.statewide", { state: stateLabel(a.stateCode, locale) });
    return t("profile.nationwide");
  };
  const days = (byday: string | null) =>
    (byday ?? "")
      .split(",")
      .filter(Boolean)
      .map((d) => (t.has(`days.${d}`) ? t(`days.${d}` as "days.MO") : d))
      .join(", ");
  return (
    <li className="p-card">
      <h3>{service.name}</h3>
      {service.description ? <p>{service.description}</p> : null}
      <ul className="p-tags">
        {service.termCodes.map((c) => (
          <li key={c}>{termLabel(c, locale)}</li>
        ))}
      </ul>
      <dl className="p-dl">
        {service.languages.length ? (
          <>
            <dt>{t("profile.languages")}</dt>
            <dd>{service.languages.map((l) => languageLabel(l.code, locale)).join(", ")}</dd>
          </>
        ) : null}
        {service.schedules.length ? (
          <>
            <dt>{t("profile.hours")}</dt>
            <dd>
              {service.schedules.map((h, i) => (
                <span key={i} className="p-block">
                  {days(h.byday)} {h.opensAt && h.closesAt ? `${h.opensAt}–${h.closesAt}` : ""} {h.description ?? ""}
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {service.areas.length ? (
          <>
            <dt>{t("profile.serviceArea")}</dt>
            <dd>{service.areas.map(areaLabel).join("; ")}</dd>
          </>
        ) : null}
        {service.eligibilityDescription ? (
          <>
            <dt>{t("profile.eligibility")}</dt>
            <dd>{service.eligibilityDescription}</dd>
          </>
        ) : null}
        {service.applicationProcess ? (
          <>
            <dt>{t("profile.application")}</dt>
            <dd>{service.applicationProcess}</dd>
          </>
        ) : null}
        {service.feesDescription ? (
          <>
            <dt>{t("profile.fees")}</dt>
            <dd>{service.feesDescription}</dd>
          </>
        ) : null}
        {service.interpretationServices ? (
          <>
            <dt>{t("profile.interpretation")}</dt>
            <dd>{service.interpretationServices}</dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}
