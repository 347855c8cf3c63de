"use client";

import { Button } from "@puente/ui";
import { useTranslations } from "next-intl";
import { createContext, use, useActionState, useCallback, useRef, useState, type ReactNode } from "react";
import { idle } from "~/server/action-state";
import type { FormResult } from "~/server/form-values";
import {
  AddByEmailForm,
  Outcome,
  ReasonField,
  type FormAction,
} from "../_components/change-form-parts";

const Removed = createContext<(message: string) => void>(() => {});

/**
 * A topic's moderators: the heading, the confirmation of a removal, and the list (children). The
 * removed moderator's list item leaves with its form when the page re-renders, so a message there
 * would vanish unheard and keyboard focus would fall to the page. The live region is here from
 * the start, so the message is announced when it appears, and focus moves to the heading, which
 * stays.
 */
export function TopicModerators({ categoryId, children }: { categoryId: string; children: ReactNode }) {
  const t = useTranslations("strategy.categories");
  const heading = useRef<HTMLHeadingElement>(null);
  // A new key for each removal: the same words twice (named and removed again) are read again.
  const [removed, setRemoved] = useState({ message: "", count: 0 });
  const announce = useCallback((message: string) => {
    setRemoved((previous) => ({ message, count: previous.count + 1 }));
    heading.current?.focus();
  }, []);
  return (
    <Removed value={announce}>
      <h3 id={`moderators-${categoryId}`} ref={heading} tabIndex={-1}>
        {t("moderators")}
      </h3>
      <p className="p-muted">{t("moderatorsLead")}</p>
      <div role="status">
        {removed.message ? (
          <p key={removed.count} className="p-alert p-alert--success">
            {removed.message}
          </p>
        ) : null}
      </div>
      {children}
    </Removed>
  );
}

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
 * Removes one topic moderator. A refusal shows on the form, which stays; a removal is confirmed by
 * the topic's TopicModerators, since this form leaves with the moderator.
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
  const announce = use(Removed);
  const name = moderator.name ?? moderator.email;
  const [state, formAction, busy] = useActionState(async (previous: FormResult, form: FormData) => {
    const result = await action(previous, form);
    if (result.status === "success") announce(t("moderatorRemoved", { name, topic }));
    return result;
  }, idle as FormResult);
  return (
    <form action={formAction} className="p-form p-form--inline" noValidate>
      {state.status === "error" ? <Outcome state={state} /> : null}
      <input type="hidden" name="categoryId" value={categoryId} />
      <input type="hidden" name="userId" value={moderator.userId} />
      <ReasonField id={`remove-reason-${categoryId}-${moderator.userId}`} label={t("reason")} state={state} />
      <Button type="submit" variant="secondary" disabled={busy}>
        {t("removeModerator", { name })}
      </Button>
    </form>
  );
}
