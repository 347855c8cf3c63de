"use client";

import { Button } from "@puente/ui";
import { useTranslations } from "next-intl";
import { useAnnouncedAction } from "../_components/announced-changes";
import { AddByEmailForm, ReasonField, type FormAction } from "../_components/change-form-parts";

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

/**
 * Removes one topic moderator. The removal, or its refusal, is said by the topic's
 * AnnouncedChanges, since this form leaves with the moderator (or with the page's refresh, when
 * another administrator removed them first).
 */
export function RemoveCategoryModeratorForm({
  action,
  categoryId,
  topic,
  moderator,
}: {
  action: FormAction;
  categoryId: string;
  topic: string;
  moderator: { userId: string; name: string | null; email: string };
}) {
  const t = useTranslations("strategy.categories");
  const name = moderator.name ?? moderator.email;
  const [state, formAction, busy] = useAnnouncedAction(action, t("moderatorRemoved", { name, topic }));
  return (
    <form action={formAction} className="p-form p-form--inline" noValidate>
      <input type="hidden" name="categoryId" value={categoryId} />
      <input type="hidden" name="userId" value={moderator.userId} />
      <ReasonField id={`remove-reason-${categoryId}-${moderator.userId}`} label={t("reason")} state={state} />
      <Button type="submit" variant="secondary" disabled={busy}>
        {t("removeModerator", { name })}
      </Button>
    </form>
  );
}
