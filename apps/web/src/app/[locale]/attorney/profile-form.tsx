"use client";

import { Alert, Button, SelectField, TextField } from "@puente/ui";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { idle } from "~/server/action-state";
import { saveAttorneyProfile, type ProfileFormResult } from "./actions";
import type { ProfileFormValues } from "./form-data";

export type { ProfileFormValues };

type Option = { value: string; label: string };

interface ProfileFormProps {
  mode: "apply" | "update";
  values: ProfileFormValues;
  options: { affiliationKinds: Option[]; caseTypes: Option[]; languages: Option[]; proficiencies: Option[]; states: Option[] };
}

/** Apply or edit: every list has a few blank rows, so the form needs no JavaScript to add one. */
export function AttorneyProfileForm({ mode, values: saved, options }: ProfileFormProps) {
  const t = useTranslations("attorneys");
  const [state, action, busy] = useActionState(saveAttorneyProfile, idle as ProfileFormResult);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const values = state.status === "error" && state.values ? state.values : saved;
  const bars = [...values.barAdmissions, ...blankRows({ state: "", number: "", year: "" })];
  const regions = [...values.regions, ...blankRows({ state: "", county: "" })];
  const stateOptions = [{ value: "", label: t("form.chooseState") }, ...options.states];
  return (
    // A new key whenever the values change (saved, or typed and refused): the form mounts afresh
    // with them as defaults, since React resets a form after its action and a <select> would
    // otherwise fall back to the choice it was first rendered with.
    <form key={JSON.stringify(values)} action={action} className="p-form" noValidate>
      {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      {state.status === "success" ? <Alert tone="success">{state.message}</Alert> : null}
      <input type="hidden" name="mode" value={mode} />
      <fieldset className="p-filter-group">
        <legend>{t("fields.affiliation")}</legend>
        <SelectField id="affiliationKind" name="affiliationKind" label={t("fields.affiliationKind")} defaultValue={values.affiliationKind} options={options.affiliationKinds} error={errors?.affiliationKind} />
        <TextField id="affiliationName" name="affiliationName" label={t("fields.affiliationName")} hint={t("form.affiliationNameHint")} defaultValue={values.affiliationName} maxLength={200} error={errors?.affiliationName} />
      </fieldset>

      <fieldset className="p-filter-group">
        <legend>{t("fields.barAdmissions")}</legend>
        <p className="p-muted">{t("form.barHint")}</p>
        {errors?.barAdmissions ? <p className="p-field__error">{errors.barAdmissions}</p> : null}
        {bars.map((bar, i) => (
          <div key={i} className="p-search-main" role="group" aria-label={t("form.barRow", { n: i + 1 })}>
            <SelectField id={`bar-${i}-state`} name={`bar.${i}.state`} label={t("fields.barState")} defaultValue={bar.state} options={stateOptions} error={errors?.[`bar.${i}.state`]} />
            <TextField id={`bar-${i}-number`} name={`bar.${i}.number`} label={t("fields.barNumber")} defaultValue={bar.number} maxLength={30} autoComplete="off" error={errors?.[`bar.${i}.number`]} />
            <TextField id={`bar-${i}-year`} name={`bar.${i}.year`} label={t("fields.barYear")} defaultValue={bar.year} inputMode="numeric" maxLength={4} error={errors?.[`bar.${i}.year`]} />
          </div>
        ))}
      </fieldset>

      <fieldset className="p-filter-group">
        <legend>{t("fields.practiceAreas")}</legend>
        {errors?.practiceAreas ? <p className="p-field__error">{errors.practiceAreas}</p> : null}
        {options.caseTypes.map((c) => (
          <label key={c.value} className="p-check">
            <input type="checkbox" name="practiceArea" value={c.value} defaultChecked={values.practiceAreas.includes(c.value)} />
            <span>{c.label}</span>
          </label>
        ))}
      </fieldset>

      <fieldset className="p-filter-group">
        <legend>{t("fields.languages")}</legend>
        <p className="p-muted">{t("form.languagesHint")}</p>
        {errors?.languages ? <p className="p-field__error">{errors.languages}</p> : null}
        {options.languages.map((l) => (
          <SelectField
            key={l.value}
            id={`lang-${l.value}`}
            name={`lang.${l.value}`}
            label={l.label}
            defaultValue={values.languages[l.value] ?? ""}
            options={[{ value: "", label: t("form.noProficiency") }, ...options.proficiencies]}
            error={errors?.[`lang.${l.value}`]}
          />
        ))}
      </fieldset>

      <fieldset className="p-filter-group">
        <legend>{t("fields.regions")}</legend>
        <p className="p-muted">{t("form.regionsHint")}</p>
        {errors?.regions ? <p className="p-field__error">{errors.regions}</p> : null}
        {regions.map((region, i) => (
          <div key={i} className="p-search-main" role="group" aria-label={t("form.regionRow", { n: i + 1 })}>
            <SelectField id={`region-${i}-state`} name={`region.${i}.state`} label={t("fields.regionState")} defaultValue={region.state} options={stateOptions} error={errors?.[`region.${i}.state`]} />
            <TextField id={`region-${i}-county`} name={`region.${i}.county`} label={t("fields.regionCounty")} hint={t("form.countyHint")} defaultValue={region.county} maxLength={60} error={errors?.[`region.${i}.county`]} />
          </div>
        ))}
      </fieldset>

      <label className="p-check">
        <input type="checkbox" name="remote" defaultChecked={values.remote} />
        <span>{t("form.remote")}</span>
      </label>
      <TextField id="capacity" name="capacity" label={t("fields.capacity")} hint={t("form.capacityHint")} defaultValue={values.capacity} inputMode="numeric" maxLength={2} error={errors?.capacity} />
      <label className="p-check">
        <input type="checkbox" name="mentors" defaultChecked={values.mentors} />
        <span>{t("form.mentors")}</span>
      </label>
      <div>
        <Button type="submit" disabled={busy}>
          {mode === "apply" ? t("form.apply") : t("form.save")}
        </Button>
      </div>
    </form>
  );
}

/** Two blank rows after what is filled in. */
function blankRows<T>(blank: T): T[] {
  return [{ ...blank }, { ...blank }];
}
