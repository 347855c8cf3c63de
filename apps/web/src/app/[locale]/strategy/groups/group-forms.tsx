"use client";

import { Alert, Button, TextArea, TextField } from "@puente/ui";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { idle, type ActionResult } from "~/server/action-state";

type Action = (previous: ActionResult, form: FormData) => Promise<ActionResult>;

function Outcome({ state }: { state: ActionResult }) {
  if (state.status === "error") return <Alert tone="error">{state.message}</Alert>;
  if (state.status === "success") return <Alert tone="success">{state.message}</Alert>;
  return null;
}

export function AddMemberForm({ action, groupId }: { action: Action; groupId: string }) {
  const t = useTranslations("strategy.groups");
  const [state, formAction, busy] = useActionState(action, idle);
  return (
    <form action={formAction} className="p-form p-form--inline" noValidate>
      <Outcome state={state} />
      <input type="hidden" name="groupId" value={groupId} />
      <TextField
        id={`email-${groupId}`}
        name="email"
        type="email"
        label={t("addMember")}
        autoComplete="off"
        error={state.status === "error" ? state.fieldErrors?.email : undefined}
      />
      <Button type="submit" disabled={busy}>
        {t("add")}
      </Button>
    </form>
  );
}

export function CreateGroupForm({ action }: { action: Action }) {
  const t = useTranslations("strategy.groups");
  const [state, formAction, busy] = useActionState(action, idle);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="p-form" noValidate>
      <Outcome state={state} />
      <TextField
        id="group-name"
        name="name"
        label={t("name")}
        maxLength={100}
        error={errors?.name}
      />
      <TextArea
        id="group-description"
        name="description"
        label={t("description")}
        maxLength={500}
        error={errors?.description}
      />
      <div>
        <Button type="submit" disabled={busy}>
          {t("create")}
        </Button>
      </div>
    </form>
  );
}
