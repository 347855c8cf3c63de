"use client";

import { Alert, Button, TextField } from "@puente/ui";
import { useActionState } from "react";
import { idle, type ActionResult } from "~/server/action-state";

export type FormAction = (previous: ActionResult, form: FormData) => Promise<ActionResult>;

/** The form's answer above its fields: what went wrong, or that it worked. */
export function Outcome({ state }: { state: ActionResult }) {
  if (state.status === "error") return <Alert tone="error">{state.message}</Alert>;
  if (state.status === "success") return <Alert tone="success">{state.message}</Alert>;
  return null;
}

/**
 * Why a group or topic changed, for the moderation log: optional, so routine changes stay quick.
 */
export function ReasonField({ id, label, state }: { id: string; label: string; state: ActionResult }) {
  return (
    <TextField
      id={id}
      name="reason"
      label={label}
      maxLength={500}
      error={state.status === "error" ? state.fieldErrors?.reason : undefined}
    />
  );
}

/**
 * Adds a vetted person to a group or a topic's moderators by their account's email, with an
 * optional reason. `target` is the hidden field naming the group or topic.
 */
export function AddByEmailForm(props: {
  action: FormAction;
  target: { name: string; value: string };
  label: string;
  reasonLabel: string;
  submit: string;
}) {
  const [state, formAction, busy] = useActionState(props.action, idle);
  const id = `${props.target.name}-${props.target.value}`;
  return (
    <form action={formAction} className="p-form" noValidate>
      <Outcome state={state} />
      <input type="hidden" name={props.target.name} value={props.target.value} />
      <TextField
        id={`email-${id}`}
        name="email"
        type="email"
        label={props.label}
        autoComplete="off"
        error={state.status === "error" ? state.fieldErrors?.email : undefined}
      />
      <ReasonField id={`reason-${id}`} label={props.reasonLabel} state={state} />
      <div>
        <Button type="submit" disabled={busy}>
          {props.submit}
        </Button>
      </div>
    </form>
  );
}
