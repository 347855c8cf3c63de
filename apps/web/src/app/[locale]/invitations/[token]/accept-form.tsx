"use client";

import { Alert, Button } from "@puente/ui";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { idle } from "~/server/action-state";
import { acceptInvitation } from "./actions";

/** On success the action redirects to the organization page, which shows the welcome. */
export function AcceptForm({ token }: { token: string }) {
  const t = useTranslations("organization.accept");
  const [state, action, busy] = useActionState(acceptInvitation, idle);
  return (
    <form action={action}>
      {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={busy}>
        {t("submit")}
      </Button>
    </form>
  );
}
