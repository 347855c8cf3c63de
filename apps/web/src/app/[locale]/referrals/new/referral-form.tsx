"use client";

import { Alert, Button, SelectField, TextArea, TextField } from "@puente/ui";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { idle } from "~/server/action-state";
import { createReferralAction } from "../actions";
import { keptChoice, type FormResult } from "~/server/form-values";

type Option = { value: string; label: string };

/** The referral form: every field labelled, errors next to their fields, nothing identifying asked for. */
export function ReferralForm(props: {
  organizations: Option[];
  caseTypes: Option[];
  states: Option[];
  languages: Option[];
  meetingModes: Option[];
  consentScopes: Option[];
  today: string;
}) {
  const t = useTranslations("referrals.form");
  const [state, action, busy] = useActionState(createReferralAction, idle as FormResult);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const error = (name: string) => errors?.[name];
  const typed = state.status === "error" ? state.values : undefined;
  const value = (name: string, fallback = "") => (typeof typed?.[name] === "string" ? (typed[name] as string) : fallback);
  const checked = (name: string, fallback = false) => (typed ? typed[name] === "on" : fallback);
  return (
    // A new key when a refused form comes back: it mounts afresh with what was typed.
    <form key={JSON.stringify(typed ?? {})} action={action} className="p-form" noValidate>
      {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      {props.organizations.length > 1 ? (
        <SelectField id="organizationId" name="organizationId" label={t("organization")} options={props.organizations} defaultValue={value("organizationId")} />
      ) : (
        <input type="hidden" name="organizationId" value={props.organizations[0]?.value ?? ""} />
      )}
      <fieldset className="p-filter-group" aria-describedby={error("caseTypes") ? "caseTypes-error" : undefined}>
        <legend>{t("caseTypes")}</legend>
        {error("caseTypes") ? (
          <p id="caseTypes-error" className="p-field__error">
            {error("caseTypes")}
          </p>
        ) : null}
        {props.caseTypes.map((c) => (
          <label key={c.value} className="p-check">
            <input type="checkbox" name="caseTypes" value={c.value} defaultChecked={keptChoice(typed, "caseTypes", c.value)} />
            <span>{c.label}</span>
          </label>
        ))}
      </fieldset>
      <SelectField id="stateCode" name="stateCode" label={t("state")} options={props.states} defaultValue={value("stateCode", "GA")} error={error("stateCode")} />
      <TextField id="county" name="county" defaultValue={value("county")} label={t("county")} hint={t("countyHint")} maxLength={80} error={error("countyFips")} />
      <SelectField id="languageCode" name="languageCode" label={t("language")} options={props.languages} defaultValue={value("languageCode", "es")} error={error("languageCode")} />
      <label className="p-check">
        <input type="checkbox" name="interpreterAvailable" defaultChecked={checked("interpreterAvailable")} />
        <span>{t("interpreter")}</span>
      </label>
      <fieldset className="p-filter-group">
        <legend>{t("urgency")}</legend>
        <label className="p-check">
          <input type="checkbox" name="detained" defaultChecked={checked("detained")} />
          <span>{t("detained")}</span>
        </label>
        <TextField id="hearingDate" name="hearingDate" type="date" defaultValue={value("hearingDate")} label={t("hearingDate")} error={error("hearingDate")} />
        <TextField id="filingDeadline" name="filingDeadline" type="date" defaultValue={value("filingDeadline")} label={t("filingDeadline")} error={error("filingDeadline")} />
      </fieldset>
      <SelectField id="meetingMode" name="meetingMode" label={t("meetingMode")} options={props.meetingModes} defaultValue={value("meetingMode", "either")} />
      <TextArea id="summary" name="summary" defaultValue={value("summary")} label={t("summary")} hint={t("summaryHint")} maxLength={1000} required error={error("summary")} />
      <TextField
        id="offerHours"
        name="offerHours"
        type="number"
        min={1}
        max={72}
        defaultValue={value("offerHours", "72")}
        label={t("offerHours")}
        hint={t("offerHoursHint")}
        error={error("offerHours")}
      />
      <fieldset className="p-filter-group">
        <legend>{t("consent")}</legend>
        <TextField
          id="consentGivenOn"
          name="consentGivenOn"
          type="date"
          max={props.today}
          defaultValue={value("consentGivenOn")}
          label={t("consentGiven")}
          required
          error={error("consent") ?? error("consent.givenOn")}
        />
        <SelectField id="consentScope" name="consentScope" label={t("consentScope")} options={props.consentScopes} defaultValue={value("consentScope")} />
        <TextField id="consentExpiresOn" name="consentExpiresOn" type="date" defaultValue={value("consentExpiresOn")} label={t("consentExpires")} error={error("consent.expiresOn")} />
      </fieldset>
      <label className="p-check">
        <input type="checkbox" name="open" defaultChecked={checked("open", true)} />
        <span>{t("openNow")}</span>
      </label>
      <div>
        <Button type="submit" disabled={busy}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
