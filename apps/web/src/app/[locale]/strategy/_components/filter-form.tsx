import type { RouterOutputs } from "@puente/api";
import { enforcementPrograms, strategyCounterparts, strategyOutcomes } from "@puente/db/schema";
import { countiesOf, states } from "@puente/geo";
import { Button, TextField } from "@puente/ui";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "~/i18n/navigation";
import { categoryLabel, countyLabel, languageLabel, strategyLanguageCodes } from "../labels";
import type { RawParams } from "../params";
import { ChoiceField, choicesOf } from "./choice-field";

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
  const any = t("filters.any");
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
        <ChoiceField
          name="category"
          label={t("filters.category")}
          value={one(params, "category")}
          blank={any}
          choices={categories.map((c) => ({ value: c.id, label: categoryLabel(c, locale) }))}
        />
      </div>
      <div className="p-filters">
        <ChoiceField
          name="state"
          label={t("filters.state")}
          value={state}
          blank={any}
          choices={states.map((s) => ({ value: s.code, label: locale === "es" ? s.nameEs : s.name }))}
        />
        {counties.length > 0 ? (
          <ChoiceField
            name="county"
            label={t("filters.county")}
            value={one(params, "county")}
            blank={t("filters.wholeState")}
            choices={counties.map((c) => ({ value: c.fips, label: countyLabel(c, locale) }))}
          />
        ) : null}
        <ChoiceField
          name="program"
          label={t("filters.program")}
          value={one(params, "program")}
          blank={any}
          choices={choicesOf(enforcementPrograms, (p) => t(`programs.${p}`))}
        />
        <ChoiceField
          name="outcome"
          label={t("filters.outcome")}
          value={one(params, "outcome")}
          blank={any}
          choices={choicesOf(strategyOutcomes, (o) => t(`outcomes.${o}`))}
        />
        <ChoiceField
          name="with"
          label={t("filters.withWhom")}
          value={one(params, "with")}
          blank={any}
          choices={choicesOf(strategyCounterparts, (c) => t(`counterparts.${c}`))}
        />
        <ChoiceField
          name="lang"
          label={t("filters.language")}
          value={one(params, "lang")}
          blank={any}
          choices={choicesOf(strategyLanguageCodes, (code) => languageLabel(code, locale))}
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
