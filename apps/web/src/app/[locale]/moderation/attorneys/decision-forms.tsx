"use client";

import { Alert, Button, TextField } from "@puente/ui";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { idle } from "~/server/action-state";
import { decideOnApplication, decideOnBarAdmission } from "./actions";

export function BarAdmissionDecision({ admissionId, attorneyId, label }: { admissionId: string; attorneyId: string; label: string }) {
  const t = useTranslations("attorneys.review");
  const [state, action, busy] = useActionState(decideOnBarAdmission, idle);
  return (
    <form action={action} className="p-form--inline">
      <input type="hidden" name="admissionId" value={admissionId} />
      <input type="hidden" name="attorneyId" value={attorneyId} />
      <Button type="submit" name="decision" value="verify" variant="secondary" disabled={busy} aria-label={`${t("verifyBar")}: ${label}`}>
        {t("verifyBar")}
      </Button>{" "}
      <Button type="submit" name="decision" value="reject" variant="danger" disabled={busy} aria-label={`${t("rejectBar")}: ${label}`}>
        {t("rejectBar")}
      </Button>
      {state.status === "error" ? (
        <span role="alert" className="p-muted">
          {" "}
          {state.message}
        </span>
      ) : null}
    </form>
  );
}

export function ApplicationDecision({ attorneyId, name }: { attorneyId: string; name: string }) {
  const t = useTranslations("attorneys.review");
  const [state, action, busy] = useActionState(decideOnApplication, idle);
  const reasonError = state.status === "error" ? state.fieldErrors?.reason : undefined;
  return (
    <form action={action} className="p-form">
      {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="attorneyId" value={attorneyId} />
      <TextField id={`reason-${attorneyId}`} name="reason" label={t("reason")} hint={t("reasonHint")} maxLength={1000} error={reasonError} />
      <div className="p-actions">
        <Button type="submit" name="decision" value="approve" disabled={busy} aria-label={`${t("approve")}: ${name}`}>
          {t("approve")}
        </Button>
        <Button type="submit" name="decision" value="reject" variant="danger" disabled={busy} aria-label={`${t("reject")}: ${name}`}>
          {t("reject")}
        </Button>
      </div>
    </form>
  );
}
