"use client";

import { Alert, Button, SelectField, TextField } from "@puente/ui";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { idle } from "~/server/action-state";
import { threadModerationAction } from "./conversation-actions";

export function ThreadModerationForms(props: {
  threadId: string;
  locked: boolean;
  pinned: boolean;
  categories: Array<{ value: string; label: string }>;
}) {
  const t = useTranslations("strategyModeration.threadModeration");
  const [state, action, busy] = useActionState(threadModerationAction, idle);
  return (
    <form action={action} className="p-form">
      {state.status !== "idle" ? <Alert tone={state.status === "error" ? "error" : "success"}>{state.message}</Alert> : null}
      <input type="hidden" name="threadId" value={props.threadId} />
      <TextField id="moderation-reason" name="reason" label={t("reason")} maxLength={1000} />
      <div className="p-actions">
        <Button type="submit" name="action" value={props.locked ? "unlock" : "lock"} variant="secondary" disabled={busy}>
          {props.locked ? t("unlock") : t("lock")}
        </Button>
        <Button type="submit" name="action" value={props.pinned ? "unpin" : "pin"} variant="secondary" disabled={busy}>
          {props.pinned ? t("unpin") : t("pin")}
        </Button>
      </div>
      {props.categories.length ? (
        <div className="p-form--inline">
          <SelectField id="moderation-category" name="categoryId" label={t("move")} options={props.categories} />
          <Button type="submit" name="action" value="move" variant="secondary" disabled={busy}>
            {t("moveSubmit")}
          </Button>
        </div>
      ) : null}
      <div className="p-form--inline">
        <TextField id="moderation-merge" name="intoThread" label={t("merge")} />
        <Button type="submit" name="action" value="merge" variant="secondary" disabled={busy}>
          {t("mergeSubmit")}
        </Button>
      </div>
    </form>
  );
}
