"use client";

import { Alert, Button, TextArea } from "@puente/ui";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { idle } from "~/server/action-state";
import { flagPostAction } from "./conversation-actions";

const reasons = ["identifies_survivor", "off_topic", "harmful", "spam", "other"] as const;

/** "Flag this post": why, and a note for moderators. Folded away until asked for. */
export function FlagForm({ postId, threadId, author }: { postId: string; threadId: string; author: string }) {
  const t = useTranslations("strategyModeration");
  const [state, action, busy] = useActionState(flagPostAction, idle);
  if (state.status === "success") return <Alert tone="success">{state.message}</Alert>;
  return (
    <details>
      <summary>{t("flag.open")}</summary>
      <form action={action} className="p-form" aria-label={`${t("flag.open")}: ${author}`}>
        {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
        <input type="hidden" name="postId" value={postId} />
        <input type="hidden" name="threadId" value={threadId} />
        <fieldset className="p-filter-group">
          <legend>{t("flag.legend")}</legend>
          {reasons.map((reason) => (
            <label key={reason} className="p-check">
              <input type="radio" name="reason" value={reason} required /> {t(`flagReasons.${reason}`)}
            </label>
          ))}
        </fieldset>
        <TextArea
          id={`flag-note-${postId}`}
          name="note"
          label={t("flag.note")}
          hint={t("flag.noteHint")}
          rows={2}
          maxLength={500}
          error={state.status === "error" ? state.fieldErrors?.note : undefined}
        />
        <Button type="submit" variant="secondary" disabled={busy}>
          {t("flag.submit")}
        </Button>
      </form>
    </details>
  );
}
