"use client";

import { Alert, Button, TextField } from "@puente/ui";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { idle } from "~/server/action-state";
import { reviewSuggestion, verifyListing } from "./actions";

export function SuggestionDecision({ suggestionId, organizationName }: { suggestionId: string; organizationName: string }) {
  const t = useTranslations("directory.review");
  const [state, action, busy] = useActionState(reviewSuggestion, idle);
  const reasonError = state.status === "error" ? state.fieldErrors?.reason : undefined;
  return (
    <form action={action} className="p-form">
      {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="suggestionId" value={suggestionId} />
      <TextField id={`reason-${suggestionId}`} name="reason" label={t("reason")} maxLength={500} error={reasonError} />
      <div className="p-actions">
        <Button type="submit" name="decision" value="accept" disabled={busy} aria-label={`${t("accept")}: ${organizationName}`}>
          {t("accept")}
        </Button>
        <Button type="submit" name="decision" value="reject" variant="danger" disabled={busy} aria-label={`${t("reject")}: ${organizationName}`}>
          {t("reject")}
        </Button>
      </div>
    </form>
  );
}

export function VerifyButton({ organizationId, name }: { organizationId: string; name: string }) {
  const t = useTranslations("directory.review");
  const [state, action, busy] = useActionState(verifyListing, idle);
  return (
    <form action={action} className="p-form--inline">
      <input type="hidden" name="organizationId" value={organizationId} />
      <input type="hidden" name="name" value={name} />
      <Button type="submit" variant="secondary" disabled={busy} aria-label={`${t("verify")}: ${name}`}>
        {t("verify")}
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
