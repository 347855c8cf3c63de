"use client";

import { Alert, Button, TextField } from "@puente/ui";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { idle } from "~/server/action-state";
import { saveAvailability } from "./actions";

/** Accepting new referrals or not, and an optional pause until a date (back the day after). */
export function AvailabilityForm({ accepting, pausedUntil, today }: { accepting: boolean; pausedUntil: string | null; today: string }) {
  const t = useTranslations("attorneys");
  const [state, action, busy] = useActionState(saveAvailability, idle);
  return (
    <form action={action} className="p-form" noValidate>
      {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      {state.status === "success" ? <Alert tone="success">{state.message}</Alert> : null}
      <label className="p-check">
        <input type="checkbox" name="accepting" defaultChecked={accepting} />
        <span>{t("form.accepting")}</span>
      </label>
      <TextField
        id="pausedUntil"
        name="pausedUntil"
        type="date"
        min={today}
        label={t("form.pausedUntil")}
        hint={t("form.pausedUntilHint")}
        defaultValue={pausedUntil ?? ""}
        error={state.status === "error" ? (state.fieldErrors?.pausedUntil ?? undefined) : undefined}
      />
      <div>
        <Button type="submit" disabled={busy}>
          {t("form.saveAvailability")}
        </Button>
      </div>
    </form>
  );
}
