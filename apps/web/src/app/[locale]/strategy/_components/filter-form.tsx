import type { RouterOutputs } from "@puente/api";
import { enforcementPrograms, strategyCounterparts, strategyOutcomes } from "@puente/db/schema";
import { countiesOf, states } from "@puente/geo";
import { Button, SelectField, TextField } from "@puente/ui";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "~/i18n/navigation";
import { categoryLabel, countyLabel, languageLabel, strategyLanguageCodes } from "../labels";
import type { RawParams } from "../params";

type Categories = RouterOutputs["strategy"]["categories"];

const one = (params: RawParams, key: string) => {
  const v = params[key];
  return (Array.isArray(v) ? v[0] : v) ?? "";
};

/**
 * A GET form: the URL carries the search and every filter. The county list appears once a state
 * is chosen (one more submit without JavaScript; nothing to download for every county at once).
 */
export async function FilterForm({
  params,
  categories,
}: {
  params: RawParams;
  categories: Categories;
}) {
  const t = await getTranslations("strategy");
  const locale = await getLocale();
  const any = { value: "", label: t("filters.any") };
  const state = one(params, "state").toUpperCase();
  const counties = state ? countiesOf(state) : [];
  return (
    <form method="get" role="search" aria-label={t("filters.label")} className="p-search-form">
      <div className="p-search-main">
        <TextField
          id="q"
          name="q"
          type="search"
          label={t("filters.q")}
          hint={t("filters.qHint")}
          defaultValue={one(params, "q")}
          maxLength={200}
        />
        <SelectField
          id="category"
          name="category"
          label={t("filters.category")}
          defaultValue={one(params, "category")}
          options={[
            any,
            ...categories.map((c) => ({ value: c.id, label: categoryLabel(c, locale) })),
          ]}
        />
      </div>
      <div className="p-filters">
        <SelectField
          id="state"
          name="state"
          label={t("filters.state")}
          defaultValue={state}
          options={[
            any,
            ...states.map((s) => ({ value: s.code, label: locale === "es" ? s.nameEs : s.name })),
          ]}
        />
        {counties.length > 0 ? (
          <SelectField
            id="county"
            name="county"
            label={t("filters.county")}
            defaultValue={one(params, "county")}
            options={[
              { value: "", label: t("filters.wholeState") },
              ...counties.map((c) => ({
                value: c.fips,
                label: countyLabel(c, locale),
              })),
            ]}
          />
        ) : null}
        <SelectField
          id="program"
          name="program"
          label={t("filters.program")}
          defaultValue={one(params, "program")}
          options={[
            any,
            ...enforcementPrograms.map((p) => ({ value: p, label: t(`programs.${p}`) })),
          ]}
        />
        <SelectField
          id="outcome"
          name="outcome"
          label={t("filters.outcome")}
          defaultValue={one(params, "outcome")}
          options={[any, ...strategyOutcomes.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))]}
        />
        <SelectField
          id="with"
          name="with"
          label={t("filters.withWhom")}
          defaultValue={one(params, "with")}
          options={[
            any,
            ...strategyCounterparts.map((c) => ({ value: c, label: t(`counterparts.${c}`) })),
          ]}
        />
        <SelectField
          id="lang"
          name="lang"
          label={t("filters.language")}
          defaultValue={one(params, "lang")}
          options={[
            any,
            ...strategyLanguageCodes.map((code) => ({
              value: code,
              label: languageLabel(code, locale),
            })),
          ]}
        />
        <TextField
          id="from"
          name="from"
          type="date"
          label={t("filters.from")}
          defaultValue={one(params, "from")}
        />
        <TextField
          id="to"
          name="to"
          type="date"
          label={t("filters.to")}
          defaultValue={one(params, "to")}
        />
      </div>
      <div className="p-actions">
        <Button type="submit">{t("filters.apply")}</Button>
        <Link href="/strategy" className="p-button p-button--secondary">
          {t("filters.clear")}
        </Link>
      </div>
    </form>
  );
}
