"use client";

import { Button } from "@puente/ui";
import { useActionState } from "react";
import { idle } from "~/server/action-state";
import { manageMembership } from "./actions";

interface MembershipButtonProps {
  organizationId: string;
  intent: "make-admin" | "make-member" | "remove" | "revoke";
  label: string;
  /** Tells screen-reader users whom the button is about ("Remove" alone is ambiguous in a table). */
  accessibleLabel: string;
  userId?: string;
  invitationId?: string;
}

export function MembershipButton(props: MembershipButtonProps) {
  const [state, action, busy] = useActionState(manageMembership, idle);
  return (
    <form action={action} className="p-form--inline">
      <input type="hidden" name="organizationId" value={props.organizationId} />
      <input type="hidden" name="intent" value={props.intent} />
      {props.userId ? <input type="hidden" name="userId" value={props.userId} /> : null}
      {props.invitationId ? <input type="hidden" name="invitationId" value={props.invitationId} /> : null}
      <Button
        type="submit"
        variant={props.intent === "remove" || props.intent === "revoke" ? "danger" : "secondary"}
        disabled={busy}
        aria-label={props.accessibleLabel}
      >
        {props.label}
      </Button>
      {state.status !== "idle" ? (
        <span role={state.status === "error" ? "alert" : "status"} className="p-muted">
          {" "}
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
