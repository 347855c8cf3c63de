"use client";

import { Alert, Button, TextArea, TextField } from "@puente/ui";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { idle, type ActionResult } from "~/server/action-state";

interface ListingFormProps {
  organizationId: string;
  action: (previous: ActionResult, form: FormData) => Promise<ActionResult>;
  submitLabel: string;
  withNote?: boolean;
  populationOptions: Array<{ value: string; label: string }>;
  values: {
    alternateName: string | null;
    description: string | null;
    website: string | null;
    email: string | null;
    acceptsReferrals: boolean;
    populations: string[];
  };
}

/** The public listing fields, for an admin's edit and for a member's suggestion alike. */
export function ListingForm(props: ListingFormProps) {
  const t = useTranslations("directory");
  const [state, action, busy] = useActionState(props.action, idle);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const error = (field: string) => errors?.[field] ?? errors?.[`changes.${field}`];
  return (
    <form action={action} className="p-form" noValidate>
      {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      {state.status === "success" ? <Alert tone="success">{state.message}</Alert> : null}
      <input type="hidden" name="organizationId" value={props.organizationId} />
      <TextField id="alternateName" name="alternateName" label={t("fields.alternateName")} defaultValue={props.values.alternateName ?? ""} maxLength={200} error={error("alternateName")} />
      <TextArea id="description" name="description" label={t("fields.description")} defaultValue={props.values.description ?? ""} maxLength={4000} error={error("description")} />
      <TextField id="website" name="website" type="url" label={t("fields.website")} defaultValue={props.values.website ?? ""} maxLength={500} error={error("website")} />
      <TextField id="email" name="email" type="email" label={t("fields.email")} defaultValue={props.values.email ?? ""} maxLength={254} error={error("email")} />
      <label className="p-check">
        <input type="checkbox" name="acceptsReferrals" defaultChecked={props.values.acceptsReferrals} />
        <span>{t("fields.acceptsReferrals")}</span>
      </label>
      <fieldset className="p-filter-group">
        <legend>{t("fields.populations")}</legend>
        {props.populationOptions.map((p) => (
          <label key={p.value} className="p-check">
            <input type="checkbox" name="populations" value={p.value} defaultChecked={props.values.populations.includes(p.value)} />
            <span>{p.label}</span>
          </label>
        ))}
      </fieldset>
      {props.withNote ? <TextArea id="note" name="note" label={t("suggest.note")} maxLength={1000} error={error("note")} /> : null}
      <div>
        <Button type="submit" disabled={busy}>
          {props.submitLabel}
        </Button>
      </div>
    </form>
  );
}
