"use client";

import { Alert, Button, TextField } from "@puente/ui";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { idle } from "~/server/action-state";
import { addListingEditor } from "./editor-actions";

export function AddEditorForm({ organizationId }: { organizationId: string }) {
  const t = useTranslations("directory.editors");
  const [state, action, busy] = useActionState(addListingEditor, idle);
  return (
    <form action={action} className="p-form" noValidate>
      {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      {state.status === "success" ? <Alert tone="success">{state.message}</Alert> : null}
      <input type="hidden" name="organizationId" value={organizationId} />
      <TextField
        id="editor-email"
        name="email"
        type="email"
        autoComplete="off"
        required
        maxLength={254}
        label={t("email")}
        hint={t("emailHint")}
        error={state.status === "error" ? state.fieldErrors?.email : undefined}
      />
      <div>
        <Button type="submit" disabled={busy}>
          {t("add")}
        </Button>
      </div>
    </form>
  );
}
