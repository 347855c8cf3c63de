"use client";

import { Alert, Button, SelectField, TextArea, TextField } from "@puente/ui";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { idle } from "~/server/action-state";
import { reviewPostAction, sanctionAction } from "./actions";

type Decision = "approve" | "reject" | "hide" | "restore" | "keep";

/** The decisions that fit a post's status, with the reason its author will read. */
export function ReviewForm(props: { postId: string; author: string; decisions: Decision[]; kind: string }) {
  const t = useTranslations("strategyModeration.queue");
  const [state, action, busy] = useActionState(reviewPostAction, idle);
  const id = `reason-${props.postId}`;
  return (
    <form action={action} className="p-form">
      {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="postId" value={props.postId} />
      <input type="hidden" name="kind" value={props.kind} />
      <TextArea
        id={id}
        name="reason"
        label={t("reason")}
        hint={t("reasonHint")}
        rows={2}
        maxLength={1000}
        error={state.status === "error" ? state.fieldErrors?.reason : undefined}
      />
      <div className="p-actions">
        {props.decisions.map((decision) => (
          <Button
            key={decision}
            type="submit"
            name="decision"
            value={decision}
            variant={decision === "reject" || decision === "hide" ? "danger" : decision === "keep" ? "secondary" : "primary"}
            disabled={busy}
            aria-label={t("decisionFor", { decision: t(`decisions.${decision}`), name: props.author })}
          >
            {t(`decisions.${decision}`)}
          </Button>
        ))}
      </div>
    </form>
  );
}

/** Warn, silence or suspend a post's author (suspension is offered to national moderators only). */
export function SanctionForm(props: { userId: string; author: string; postId: string; national: boolean; kind: string }) {
  const t = useTranslations("strategyModeration.queue");
  const [state, action, busy] = useActionState(sanctionAction, idle);
  const kinds = (["warn", "silence", ...(props.national ? ["suspend"] : [])] as const).map((k) => ({
    value: k,
    label: t(`sanctionKinds.${k as "warn"}`),
  }));
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <details>
      <summary>{t("author")}</summary>
      <form action={action} className="p-form">
        {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
        <input type="hidden" name="userId" value={props.userId} />
        <input type="hidden" name="kind" value={props.kind} />
        <SelectField id={`sanction-${props.postId}`} name="sanction" label={t("sanctionKind")} options={kinds} />
        <TextField id={`days-${props.postId}`} name="days" type="number" min={1} max={90} label={t("days")} error={errors?.days} />
        <TextArea id={`sanction-reason-${props.postId}`} name="reason" label={t("sanctionReason")} rows={2} maxLength={1000} error={errors?.reason} />
        <Button type="submit" variant="secondary" disabled={busy}>
          {t("sanctionSubmit", { name: props.author })}
        </Button>
      </form>
    </details>
  );
}
