"use client";

import { Alert, Button, SelectField } from "@puente/ui";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { idle } from "~/server/action-state";
import { followStateAction, saveDigest } from "./actions";

/** Digest frequency: a radio group that works before JavaScript loads. */
export function DigestForm({ current, languageName }: { current: "none" | "daily" | "weekly"; languageName: string }) {
  const t = useTranslations("strategyModeration.notifications.digest");
  const [state, action, busy] = useActionState(saveDigest, idle);
  return (
    <form action={action} className="p-form">
      {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      <fieldset className="p-filter-group">
        <legend>{t("legend")}</legend>
        <p className="p-field__hint" id="digest-hint">
          {t("hint", { language: languageName })}
        </p>
        {(["none", "daily", "weekly"] as const).map((value) => (
          <label key={value} className="p-check">
            <input type="radio" name="digest" value={value} defaultChecked={current === value} aria-describedby="digest-hint" />{" "}
            {t(value)}
          </label>
        ))}
      </fieldset>
      <Button type="submit" disabled={busy}>
        {t("save")}
      </Button>
    </form>
  );
}

export function FollowStateForm({ states }: { states: Array<{ value: string; label: string }> }) {
  const t = useTranslations("strategyModeration.notifications.follows");
  const [state, action, busy] = useActionState(followStateAction, idle);
  return (
    <form action={action} className="p-form--inline">
      {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      <SelectField id="follow-state" name="state" label={t("state")} options={states} />
      <Button type="submit" variant="secondary" disabled={busy}>
        {t("follow")}
      </Button>
    </form>
  );
}
