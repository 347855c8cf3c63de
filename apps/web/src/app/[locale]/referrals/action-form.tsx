"use client";

import { Alert, Button } from "@puente/ui";
import { useActionState, type ReactNode } from "react";
import { idle, type ActionResult } from "~/server/action-state";

/**
 * One small form per referral action (offer, accept, close, send …): hidden ids, a few fields,
 * a submit button, and the translated outcome announced above it.
 */
export function ActionForm(props: {
  action: (previous: ActionResult, form: FormData) => Promise<ActionResult>;
  hidden: Record<string, string | number>;
  submitLabel: string;
  tone?: "primary" | "secondary" | "danger";
  children?: (errors: Record<string, string> | undefined) => ReactNode;
}) {
  const [state, action, busy] = useActionState(props.action, idle);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} className="p-form" noValidate>
      {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      {state.status === "success" ? <Alert tone="success">{state.message}</Alert> : null}
      {Object.entries(props.hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {props.children?.(errors)}
      <div>
        <Button type="submit" disabled={busy} variant={props.tone ?? "primary"}>
          {props.submitLabel}
        </Button>
      </div>
    </form>
  );
}
