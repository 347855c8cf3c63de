"use client";

import { Alert, Button, SelectField, TextField } from "@puente/ui";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { idle } from "~/server/action-state";
import { inviteMember } from "./actions";

export function InviteForm({ organizationId }: { organizationId: string }) {
  const t = useTranslations("organization");
  const roles = useTranslations("common.membershipRoles");
  const [state, action, busy] = useActionState(inviteMember, idle);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const id = (name: string) => `${name}-${organizationId}`;
  return (
    <form action={action} className="p-form" noValidate>
      {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      {state.status === "success" ? <Alert tone="success">{state.message}</Alert> : null}
      <input type="hidden" name="organizationId" value={organizationId} />
      <TextField
        id={id("invite-email")}
        name="email"
        type="email"
        autoComplete="off"
        required
        maxLength={254}
        label={t("inviteEmail")}
        error={errors?.email}
      />
      <SelectField
        id={id("invite-role")}
        name="role"
        label={t("inviteRole")}
        defaultValue="member"
        options={[
          { value: "member", label: roles("member") },
          { value: "admin", label: roles("admin") },
        ]}
      />
      <div>
        <Button type="submit" disabled={busy}>
          {t("inviteSubmit")}
        </Button>
      </div>
    </form>
  );
}
