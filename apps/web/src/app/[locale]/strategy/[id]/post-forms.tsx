"use client";

import { Alert, Button, TextArea } from "@puente/ui";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { idle, type ActionResult } from "~/server/action-state";

type Action = (previous: ActionResult, form: FormData) => Promise<ActionResult>;

/** The reply form; a quote chosen with a post's "Quote" link travels as a hidden field. */
export function ReplyForm(props: {
  action: Action;
  threadId: string;
  quotedPostId?: string;
  quoting?: string;
}) {
  const t = useTranslations("strategy.thread");
  const [state, action, busy] = useActionState(props.action, idle);
  const error = state.status === "error" ? (state.fieldErrors?.body ?? undefined) : undefined;
  return (
    <form action={action} className="p-form" noValidate>
      {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      {state.status === "success" ? <Alert tone="success">{state.message}</Alert> : null}
      <input type="hidden" name="threadId" value={props.threadId} />
      {props.quotedPostId ? (
        <input type="hidden" name="quotedPostId" value={props.quotedPostId} />
      ) : null}
      {props.quoting ? <p className="p-muted">{props.quoting}</p> : null}
      <TextArea
        key={state.status === "success" ? state.message : "reply"}
        id="reply-body"
        name="body"
        label={t("replyLabel")}
        hint={t("replyHint")}
        rows={6}
        maxLength={20000}
        error={error}
      />
      <div>
        <Button type="submit" disabled={busy}>
          {t("send")}
        </Button>
      </div>
    </form>
  );
}

/** Editing one's own post; the earlier text becomes a revision. */
export function EditForm(props: {
  action: Action;
  threadId: string;
  postId: string;
  body: string;
}) {
  const t = useTranslations("strategy.thread");
  const [state, action, busy] = useActionState(props.action, idle);
  const id = `edit-${props.postId}`;
  return (
    <form action={action} className="p-form" noValidate>
      {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      {state.status === "success" ? <Alert tone="success">{state.message}</Alert> : null}
      <input type="hidden" name="threadId" value={props.threadId} />
      <input type="hidden" name="postId" value={props.postId} />
      <TextArea
        id={id}
        name="body"
        label={t("edit")}
        rows={6}
        maxLength={20000}
        defaultValue={props.body}
        error={state.status === "error" ? state.fieldErrors?.body : undefined}
      />
      <div>
        <Button type="submit" disabled={busy}>
          {t("saveEdit")}
        </Button>
      </div>
    </form>
  );
}
