"use client";

import { Alert, Button, TextField } from "@puente/ui";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { idle } from "~/server/action-state";
import { saveFlagThreshold } from "./actions";

/**
 * The flag threshold, for administrators. `noValidate`: the browser's own range bubble is not
 * translated by Puente and disappears on its own; the server's message stays beside the field.
 */
export function ThresholdForm({ current, min, max }: { current: number; min: number; max: number }) {
  const t = useTranslations("strategyModeration.settings");
  const [state, action, busy] = useActionState(saveFlagThreshold, idle);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} className="p-form" noValidate>
      {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      {state.status === "success" ? <Alert tone="success">{state.message}</Alert> : null}
      <TextField
        id="flagThreshold"
        name="flagThreshold"
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        label={t("field")}
        hint={t("hint", { min, max })}
        defaultValue={current}
        error={errors?.flagThreshold}
        required
      />
      <TextField id="threshold-reason" name="reason" label={t("reason")} maxLength={500} error={errors?.reason} />
      <div>
        <Button type="submit" disabled={busy}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
