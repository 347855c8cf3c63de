"use client";

import { Alert, Button, SelectField, TextArea, TextField } from "@puente/ui";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { idle } from "~/server/action-state";
import { updateProfile } from "./actions";

interface ProfileFormProps {
  name: string;
  preferredLanguage: "en" | "es";
  application: string | null;
  pending: boolean;
}

export function ProfileForm(props: ProfileFormProps) {
  const t = useTranslations("profile");
  const languages = useTranslations("common.language");
  const [state, action, busy] = useActionState(updateProfile, idle);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} className="p-form" noValidate>
      {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      {state.status === "success" ? <Alert tone="success">{state.message}</Alert> : null}
      <TextField
        id="name"
        name="name"
        label={t("name")}
        hint={t("nameHint")}
        defaultValue={props.name}
        autoComplete="name"
        required
        maxLength={100}
        error={errors?.name}
      />
      <SelectField
        id="preferredLanguage"
        name="preferredLanguage"
        label={t("language")}
        hint={t("languageHint")}
        defaultValue={props.preferredLanguage}
        options={[
          { value: "en", label: languages("en") },
          { value: "es", label: languages("es") },
        ]}
        error={errors?.preferredLanguage}
      />
      {props.pending ? (
        <TextArea
          id="application"
          name="application"
          label={t("application")}
          hint={t("applicationHint")}
          defaultValue={props.application ?? ""}
          maxLength={2000}
          error={errors?.application}
        />
      ) : null}
      <div>
        <Button type="submit" disabled={busy}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
