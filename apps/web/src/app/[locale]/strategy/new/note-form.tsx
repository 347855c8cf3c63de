"use client";

import { Alert, Button, TextArea, TextField } from "@puente/ui";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { idle } from "~/server/action-state";
import { keptChoice, keptValue, type FormResult } from "~/server/form-values";
import { ChoiceField, type Choice as Option } from "../_components/choice-field";

interface NoteFormProps {
  action: (previous: FormResult, form: FormData) => Promise<FormResult>;
  categories: Option[];
  groups: Option[];
  states: Option[];
  counterparts: Option[];
  outcomes: Option[];
  programs: Option[];
  languages: Option[];
  today: string;
}

/** The structured note: every field a filter can later find it by, then free text. */
export function NoteForm(props: NoteFormProps) {
  const t = useTranslations("strategy.form");
  const [state, action, busy] = useActionState(props.action, idle as FormResult);
  const [visibility, setVisibility] = useState("network");
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  // What was typed before a refusal: a long note is not lost to one wrong field.
  const typed = state.status === "error" ? state.values : undefined;
  const kept = (name: string) => keptValue(typed, name);
  const chosen = (name: string, value: string) => keptChoice(typed, name, value);
  const listError = (name: string) =>
    Object.entries(errors ?? {}).find(([key]) => key === name || key.startsWith(`${name}.`))?.[1];
  return (
    // A new key when a refused form comes back: it mounts afresh with what was typed.
    <form key={JSON.stringify(typed ?? {})} action={action} className="p-form" noValidate>
      {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      <ChoiceField
        name="categoryId"
        value={kept("categoryId")}
        label={t("category")}
        choices={props.categories}
        error={errors?.categoryId}
        required
      />
      <TextField
        id="title"
        name="title"
        defaultValue={kept("title")}
        label={t("titleField")}
        hint={t("titleHint")}
        maxLength={160}
        error={errors?.title}
        required
      />
      <TextArea
        id="whatTried"
        name="whatTried"
        defaultValue={kept("whatTried")}
        label={t("whatTried")}
        maxLength={2000}
        error={errors?.whatTried}
        required
      />
      <TextField
        id="triedOn"
        name="triedOn"
        defaultValue={kept("triedOn")}
        type="date"
        max={props.today}
        label={t("triedOn")}
        hint={t("triedOnHint")}
        error={errors?.triedOn}
        required
      />
      <ChoiceField
        name="withWhom"
        value={kept("withWhom")}
        label={t("withWhom")}
        choices={props.counterparts}
        error={errors?.withWhom}
        required
      />
      <TextField
        id="withWhomDetail"
        name="withWhomDetail"
        defaultValue={kept("withWhomDetail")}
        label={t("withWhomDetail")}
        hint={t("withWhomDetailHint")}
        maxLength={200}
        error={errors?.withWhomDetail}
      />
      <fieldset
        className="p-filter-group"
        aria-describedby={errors?.outcome ? "outcome-error" : undefined}
      >
        <legend>{t("outcome")}</legend>
        {errors?.outcome ? (
          <p id="outcome-error" className="p-field__error">
            {errors.outcome}
          </p>
        ) : null}
        {props.outcomes.map((o) => (
          <label key={o.value} className="p-check">
            <input type="radio" name="outcome" value={o.value} defaultChecked={kept("outcome") === o.value} />
            <span>{o.label}</span>
          </label>
        ))}
      </fieldset>
      <TextArea
        id="lessons"
        name="lessons"
        defaultValue={kept("lessons")}
        label={t("lessons")}
        maxLength={2000}
        error={errors?.lessons}
      />
      <ChoiceField
        name="state"
        value={kept("state")}
        label={t("state")}
        choices={props.states}
        error={errors?.state}
        required
      />
      <TextField
        id="county"
        name="county"
        defaultValue={kept("county")}
        label={t("county")}
        hint={t("countyHint")}
        maxLength={80}
        error={errors?.county}
      />
      <fieldset className="p-filter-group">
        <legend>{t("programs")}</legend>
        {listError("programs") ? <p className="p-field__error">{listError("programs")}</p> : null}
        {props.programs.map((p) => (
          <label key={p.value} className="p-check">
            <input type="checkbox" name="programs" value={p.value} defaultChecked={chosen("programs", p.value)} />
            <span>{p.label}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="p-filter-group">
        <legend>{t("languages")}</legend>
        {listError("languages") ? <p className="p-field__error">{listError("languages")}</p> : null}
        {props.languages.map((l) => (
          <label key={l.value} className="p-check">
            <input type="checkbox" name="languages" value={l.value} defaultChecked={chosen("languages", l.value)} />
            <span>{l.label}</span>
          </label>
        ))}
      </fieldset>
      <TextArea
        id="body"
        name="body"
        defaultValue={kept("body")}
        label={t("body")}
        hint={t("bodyHint")}
        maxLength={20000}
        rows={8}
        error={errors?.body}
      />
      {props.groups.length > 0 ? (
        <fieldset className="p-filter-group">
          <legend>{t("visibility")}</legend>
          <label className="p-check">
            <input
              type="radio"
              name="visibility"
              value="network"
              checked={visibility === "network"}
              onChange={() => setVisibility("network")}
            />
            <span>{t("network")}</span>
          </label>
          <label className="p-check">
            <input
              type="radio"
              name="visibility"
              value="group"
              checked={visibility === "group"}
              onChange={() => setVisibility("group")}
            />
            <span>{t("groupOnly")}</span>
          </label>
          {visibility === "group" ? (
            <ChoiceField
              name="groupId"
              value={kept("groupId")}
              label={t("group")}
              choices={props.groups}
              error={errors?.groupId}
            />
          ) : null}
        </fieldset>
      ) : null}
      <div>
        <Button type="submit" disabled={busy}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
