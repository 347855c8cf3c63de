"use client";

import { Button } from "@puente/ui";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ReasonDecisionForm } from "~/components/reason-decision-form";
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
  return (
    <ReasonDecisionForm
      action={decideOnApplication}
      hidden={{ attorneyId }}
      reason={{ id: `reason-${attorneyId}`, label: t("reason"), hint: t("reasonHint"), maxLength: 1000 }}
      decisions={[
        { value: "approve", label: t("approve") },
        { value: "reject", label: t("reject"), variant: "danger" },
      ]}
      subject={name}
    />
  );
}
