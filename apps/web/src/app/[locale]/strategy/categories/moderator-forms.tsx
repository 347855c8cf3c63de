"use client";

import { Button } from "@puente/ui";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { idle } from "~/server/action-state";
import {
  AddByEmailForm,
  Outcome,
  ReasonField,
  type FormAction,
} from "../_components/change-form-parts";

/** Names a topic moderator by the email of their vetted account. */
export function AddCategoryModeratorForm({ action, categoryId }: { action: FormAction; categoryId: string }) {
  const t = useTranslations("strategy.categories");
  return (
    <AddByEmailForm
      action={action}
      target={{ name: "categoryId", value: categoryId }}
      label={t("addModerator")}
      reasonLabel={t("reason")}
      submit={t("addModeratorSubmit")}
    />
  );
}

export function RemoveCategoryModeratorForm({
  action,
  categoryId,
  moderator,
}: {
  action: FormAction;
  categoryId: string;
  moderator: { userId: string; name: string | null; email: string };
}) {
  const t = useTranslations("strategy.categories");
  const [state, formAction, busy] = useActionState(action, idle);
  const name = moderator.name ?? moderator.email;
  return (
    <form action={formAction} className="p-form p-form--inline" noValidate>
      <Outcome state={state} />
      <input type="hidden" name="categoryId" value={categoryId} />
      <input type="hidden" name="userId" value={moderator.userId} />
      <ReasonField id={`remove-reason-${categoryId}-${moderator.userId}`} label={t("reason")} state={state} />
      <Button type="submit" variant="secondary" disabled={busy}>
        {t("removeModerator", { name })}
      </Button>
    </form>
  );
}
