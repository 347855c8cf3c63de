"use client";

import { Alert, Button } from "@puente/ui";
import { useActionState, type ReactNode } from "react";
import { idle } from "~/server/action-state";
import { keptValue, type FormResult } from "~/server/form-values";

/** What a form's fields get: per-field errors, and what was typed before a refusal (for `defaultValue`). */
export interface FieldState {
  errors: Record<string, string> | undefined;
  kept: (name: string) => string | undefined;
}

/**
 * One small form per referral action (offer, accept, close, send …): hidden ids, a few fields,
 * a submit button, and the translated outcome announced above it. A refused form comes back with
 * what was typed and each field's error beside it.
 */
export function ActionForm(props: {
  action: (previous: FormResult, form: FormData) => Promise<FormResult>;
  hidden: Record<string, string | number>;
  submitLabel: string;
  tone?: "primary" | "secondary" | "danger";
  children?: (fields: FieldState) => ReactNode;
}) {
  const [state, action, busy] = useActionState(props.action, idle as FormResult);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const typed = state.status === "error" ? state.values : undefined;
  return (
    // A new key when a refused form comes back: it mounts afresh with what was typed.
    <form key={JSON.stringify(typed ?? {})} action={action} className="p-form" noValidate>
      {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      {state.status === "success" ? <Alert tone="success">{state.message}</Alert> : null}
      {Object.entries(props.hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {props.children?.({ errors, kept: (name) => keptValue(typed, name) })}
      <div>
        <Button type="submit" disabled={busy} variant={props.tone ?? "primary"}>
          {props.submitLabel}
        </Button>
      </div>
    </form>
  );
}
