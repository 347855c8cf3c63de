"use client";

import { Alert, Button, TextField } from "@puente/ui";
import { useActionState } from "react";
import { idle, type ActionResult } from "~/server/action-state";

interface Decision {
  value: string;
  label: string;
  variant?: "primary" | "danger";
}

/**
 * A reviewer's decision with a reason the other side reads (attorney applications, listing edit
 * suggestions): hidden fields name what is decided, each decision is a submit button posting
 * `decision`, and a button's accessible name says whom it is about, since a page lists many.
 */
export function ReasonDecisionForm(props: {
  action: (previous: ActionResult, form: FormData) => Promise<ActionResult>;
  hidden: Record<string, string>;
  reason: { id: string; label: string; hint?: string; maxLength: number };
  decisions: Decision[];
  subject: string;
}) {
  const [state, action, busy] = useActionState(props.action, idle);
  return (
    <form action={action} className="p-form">
      {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      {Object.entries(props.hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextField
        {...props.reason}
        name="reason"
        error={state.status === "error" ? state.fieldErrors?.reason : undefined}
      />
      <div className="p-actions">
        {props.decisions.map((d) => (
          <Button
            key={d.value}
            type="submit"
            name="decision"
            value={d.value}
            variant={d.variant}
            disabled={busy}
            aria-label={`${d.label}: ${props.subject}`}
          >
            {d.label}
          </Button>
        ))}
      </div>
    </form>
  );
}
