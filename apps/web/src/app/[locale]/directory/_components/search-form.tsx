import type { RouterOutputs } from "@puente/api";
import { organizationKinds, populations } from "@puente/db/schema";
import { Button, SelectField, TextField } from "@puente/ui";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "~/i18n/navigation";
import { languageLabel, serviceTermCodes, termLabel } from "../labels";
import type { RawSearchParams } from "../search-params";

type Facets = RouterOutputs["directory"]["search"]["facets"] | undefined;

const radii = [5, 10, 25, 50, 100, 200];

function selected(params: RawSearchParams, key: string): string[] {
  const v = params[key];
  return Array.isArray(v) ? v : v ? [v] : [];
}

function CheckboxGroup(props: {
  legend: string;
  name: string;
  options: Array<{ value: string; label: string; count?: number }>;
  chosen: string[];
  countLabel: (count: number) => string;
}) {
  return (
    <fieldset className="p-filter-group">
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value} className="p-check">
          <input type="checkbox" name={props.name} value={o.value} defaultChecked={props.chosen.includes(o.value)} />
          <span>
            {o.label} {o.count !== undefined ? <span className="p-muted">{props.countLabel(o.count)}</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** A GET form: the URL carries the whole search, and it works before JavaScript loads. */
export async function SearchForm({ params, facets }: { params: RawSearchParams; facets: Facets }) {
  const t = await getTranslations("directory");
  const common = await getTranslations("common");
  const locale = await getLocale();
  const count = (facet: Array<{ value: string; count: number }> | undefined, value: string) =>
    facets ? (facet?.find((f) => f.value === value)?.count ?? 0) : undefined;
  const countLabel = (n: number) => t("form.count", { count: n });
  const chosenLanguages = selected(params, "lang");
  const languageCodes = [...new Set([...(facets?.languages.slice(0, 16).map((f) => f.value) ?? ["en", "es"]), ...chosenLanguages])];
  const one = (key: string) => selected(params, key)[0] ?? "";
  return (
    <form method="get" role="search" aria-label={t("form.label")} className="p-search-form">
      <div className="p-search-main">
        <TextField id="q" name="q" type="search" label={t("form.q")} hint={t("form.qHint")} defaultValue={one("q")} maxLength={200} />
        <TextField id="place" name="place" label={t("form.place")} hint={t("form.placeHint")} defaultValue={one("place")} maxLength={100} autoComplete="postal-code" />
        <SelectField
          id="radius"
          name="radius"
          label={t("form.radius")}
          defaultValue={one("radius") || "25"}
          options={[
            ...radii.map((miles) => ({ value: String(miles), label: t("form.radiusMiles", { miles }) })),
            { value: "state", label: t("form.statewide") },
          ]}
        />
        <SelectField
          id="sort"
          name="sort"
          label={t("form.sort")}
          defaultValue={one("sort") || "distance"}
          options={[
            { value: "distance", label: t("form.sortDistance") },
            { value: "relevance", label: t("form.sortRelevance") },
          ]}
        />
      </div>
      <div className="p-filters">
        <CheckboxGroup
          legend={t("form.services")}
          name="service"
          chosen={selected(params, "service")}
          countLabel={countLabel}
          options={serviceTermCodes.map((code) => ({ value: code, label: termLabel(code, locale), count: count(facets?.services, code) }))}
        />
        <CheckboxGroup
          legend={t("form.languages")}
          name="lang"
          chosen={chosenLanguages}
          countLabel={countLabel}
          options={languageCodes.map((code) => ({ value: code, label: languageLabel(code, locale), count: count(facets?.languages, code) }))}
        />
        <CheckboxGroup
          legend={t("form.kinds")}
          name="kind"
          chosen={selected(params, "kind")}
          countLabel={countLabel}
          options={organizationKinds.map((kind) => ({ value: kind, label: common(`organizationKinds.${kind}`), count: count(facets?.kinds, kind) }))}
        />
        <CheckboxGroup
          legend={t("form.populations")}
          name="pop"
          chosen={selected(params, "pop")}
          countLabel={countLabel}
          options={populations.map((p) => ({ value: p, label: t(`populations.${p}`), count: count(facets?.populations, p) }))}
        />
        <fieldset className="p-filter-group">
          <legend>{t("form.other")}</legend>
          <label className="p-check">
            <input type="checkbox" name="referrals" value="1" defaultChecked={one("referrals") === "1"} />
            <span>
              {t("form.acceptsReferrals")} {facets ? <span className="p-muted">{countLabel(facets.acceptsReferrals)}</span> : null}
            </span>
          </label>
          <label className="p-check">
            <input type="checkbox" name="verified" value="1" defaultChecked={one("verified") === "1"} />
            <span>
              {t("form.verified")} {facets ? <span className="p-muted">{countLabel(facets.verified)}</span> : null}
            </span>
          </label>
        </fieldset>
      </div>
      <div className="p-actions">
        <Button type="submit">{t("form.submit")}</Button>
        <Link href="/directory" className="p-button p-button--secondary">
          {t("form.clear")}
        </Link>
      </div>
    </form>
  );
}
