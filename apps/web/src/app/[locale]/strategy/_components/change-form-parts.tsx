"use client";

import { Alert, Button, TextField } from "@puente/ui";
import { useActionState } from "react";
import { idle, type ActionResult } from "~/server/action-state";
import { keptValue, type FormResult } from "~/server/form-values";

export type FormAction = (previous: FormResult, form: FormData) => Promise<FormResult>;

/** The form's answer above its fields: what went wrong, or that it worked. */
export function Outcome({ state }: { state: ActionResult }) {
  if (state.status === "error") return <Alert tone="error">{state.message}</Alert>;
  if (state.status === "success") return <Alert tone="success">{state.message}</Alert>;
  return null;
}

/**
 * Why a group or topic changed, for the moderation log: optional, so routine changes stay quick.
 */
export function ReasonField({ id, label, state }: { id: string; label: string; state: FormResult }) {
  return (
    <TextField
      id={id}
      name="reason"
      label={label}
      maxLength={500}
      defaultValue={state.status === "error" ? keptValue(state.values, "reason") : undefined}
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
  const [state, formAction, busy] = useActionState(props.action, idle as FormResult);
  const id = `${props.target.name}-${props.target.value}`;
  const typed = state.status === "error" ? state.values : undefined;
  return (
    // A refused address comes back as typed (a new key mounts the form afresh with it).
    <form key={JSON.stringify(typed ?? {})} action={formAction} className="p-form" noValidate>
      <Outcome state={state} />
      <input type="hidden" name={props.target.name} value={props.target.value} />
      <TextField
        id={`email-${id}`}
        name="email"
        type="email"
        label={props.label}
        autoComplete="off"
        defaultValue={keptValue(typed, "email")}
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
