"use client";

import { Alert, Button, TextField } from "@puente/ui";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { idle } from "~/server/action-state";
import { keptValue, type FormResult } from "~/server/form-values";

interface CategoryValues {
  id: string;
  slug: string;
  name: string;
  nameEs: string;
  description: string;
  descriptionEs: string;
  position: number;
  archived: boolean;
}

/** Adds a topic (no `values`) or edits one. */
export function CategoryForm(props: {
  action: (previous: FormResult, form: FormData) => Promise<FormResult>;
  values?: CategoryValues;
}) {
  const t = useTranslations("strategy.categories");
  const [state, action, busy] = useActionState(props.action, idle as FormResult);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const typed = state.status === "error" ? state.values : undefined;
  const v = props.values;
  const id = (field: string) => `${v?.id ?? "new"}-${field}`;
  // What was typed before a refusal, else the topic's stored value.
  const value = (field: string, stored?: string) => keptValue(typed, field) ?? stored;
  return (
    // A new key when a refused form comes back: it mounts afresh with what was typed.
    <form key={JSON.stringify(typed ?? {})} action={action} className="p-form" noValidate>
      {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      {state.status === "success" ? <Alert tone="success">{state.message}</Alert> : null}
      {v ? <input type="hidden" name="categoryId" value={v.id} /> : null}
      <TextField
        id={id("slug")}
        name="slug"
        label={t("slug")}
        defaultValue={value("slug", v?.slug)}
        maxLength={60}
        error={errors?.slug}
      />
      <TextField
        id={id("name")}
        name="name"
        label={t("name")}
        defaultValue={value("name", v?.name)}
        maxLength={100}
        error={errors?.name}
      />
      <TextField
        id={id("nameEs")}
        name="nameEs"
        label={t("nameEs")}
        defaultValue={value("nameEs", v?.nameEs)}
        maxLength={100}
        error={errors?.nameEs}
      />
      <TextField
        id={id("description")}
        name="description"
        label={t("description")}
        defaultValue={value("description", v?.description)}
        maxLength={500}
        error={errors?.description}
      />
      <TextField
        id={id("descriptionEs")}
        name="descriptionEs"
        label={t("descriptionEs")}
        defaultValue={value("descriptionEs", v?.descriptionEs)}
        maxLength={500}
        error={errors?.descriptionEs}
      />
      <TextField
        id={id("position")}
        name="position"
        type="number"
        min={0}
        max={1000}
        label={t("position")}
        defaultValue={value("position", String(v?.position ?? 0))}
        error={errors?.position}
      />
      {v ? (
        <label className="p-check">
          <input type="checkbox" name="archived" defaultChecked={typed ? typed.archived === "on" : v.archived} />
          <span>{t("archived")}</span>
        </label>
      ) : null}
      <div>
        <Button type="submit" disabled={busy}>
          {v ? t("save") : t("add")}
        </Button>
      </div>
    </form>
  );
}
