"use client";

import { Alert, Button } from "@puente/ui";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { idle } from "~/server/action-state";
import { saveRoles } from "./actions";

const allRoles = ["member", "attorney", "moderator", "admin"] as const;

export function RolesForm({ userId, name, roles }: { userId: string; name: string; roles: string[] }) {
  const t = useTranslations("vetting.admin");
  const roleNames = useTranslations("common.roles");
  const [state, action, busy] = useActionState(saveRoles, idle);
  return (
    <form action={action}>
      <fieldset>
        <legend>{t("rolesFor", { name })}</legend>
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="name" value={name} />
        {allRoles.map((role) => (
          <label key={role} style={{ display: "inline-flex", alignItems: "center", gap: "0.25rem", minHeight: 44, marginRight: "1rem" }}>
            <input type="checkbox" name="roles" value={role} defaultChecked={roles.includes(role)} />
            {roleNames(role)}
          </label>
        ))}
      </fieldset>
      {state.status !== "idle" ? <Alert tone={state.status === "error" ? "error" : "success"}>{state.message}</Alert> : null}
      <Button type="submit" variant="secondary" disabled={busy}>
        {t("saveRoles")}
      </Button>
    </form>
  );
}
