"use client";

import { Button } from "@puente/ui";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ReasonDecisionForm } from "~/components/reason-decision-form";
import { idle } from "~/server/action-state";
import { reviewSuggestion, verifyListing } from "./actions";

export function SuggestionDecision({ suggestionId, organizationName }: { suggestionId: string; organizationName: string }) {
  const t = useTranslations("directory.review");
  return (
    <ReasonDecisionForm
      action={reviewSuggestion}
      hidden={{ suggestionId }}
      reason={{ id: `reason-${suggestionId}`, label: t("reason"), maxLength: 500 }}
      decisions={[
        { value: "accept", label: t("accept") },
        { value: "reject", label: t("reject"), variant: "danger" },
      ]}
      subject={organizationName}
    />
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
