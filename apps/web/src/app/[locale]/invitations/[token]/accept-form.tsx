"use client";

import { Alert, Button } from "@puente/ui";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Link } from "~/i18n/navigation";
import { idle } from "~/server/action-state";
import { acceptInvitation } from "./actions";

export function AcceptForm({ token }: { token: string }) {
  const t = useTranslations("organization.accept");
  const nav = useTranslations("common.nav");
  const [state, action, busy] = useActionState(acceptInvitation, idle);
  if (state.status === "success") {
    return (
      <>
        <Alert tone="success">{state.message}</Alert>
        <p>
          <Link href="/organization">{nav("organization")}</Link>
        </p>
      </>
    );
  }
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
