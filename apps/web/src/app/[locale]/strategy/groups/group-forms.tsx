"use client";

import { Button, TextArea, TextField } from "@puente/ui";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { idle } from "~/server/action-state";
import { useAnnouncedAction } from "../_components/announced-changes";
import {
  AddByEmailForm,
  Outcome,
  ReasonField,
  type FormAction as Action,
} from "../_components/change-form-parts";

interface RosterPerson {
  userId: string;
  name: string | null;
  email: string;
  moderator: boolean;
}

/**
 * Changes for one person on a group's roster. Group moderators remove members; national moderators
 * (`national`) also name and remove group moderators. A moderator is removed from the role, not
 * from the group, so the row offers no "remove" for them. Every change takes away the button pressed
 * (a removed member's row leaves altogether), so what happened, or why it was refused, is said by
 * the roster's AnnouncedChanges (see the page), not on this form.
 */
export function RosterChangeForm({
  action,
  groupId,
  person,
  national,
}: {
  action: Action;
  groupId: string;
  person: RosterPerson;
  national: boolean;
}) {
  const t = useTranslations("strategy.groups");
  const [state, formAction, busy] = useAnnouncedAction(action);
  const name = person.name ?? person.email;
  if (person.moderator && !national) return <>{t("moderator")}</>;
  return (
    <form action={formAction} className="p-form" noValidate>
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="userId" value={person.userId} />
      <input type="hidden" name="name" value={name} />
      <ReasonField id={`reason-${groupId}-${person.userId}`} label={t("reason")} state={state} />
      <div className="p-actions">
        {person.moderator ? (
          <Button type="submit" name="change" value="stopModerating" variant="secondary" disabled={busy}>
            {t("stopModerating", { name })}
          </Button>
        ) : (
          <Button type="submit" name="change" value="remove" variant="secondary" disabled={busy}>
            {t("remove", { name })}
          </Button>
        )}
        {national && !person.moderator ? (
          <Button type="submit" name="change" value="makeModerator" variant="secondary" disabled={busy}>
            {t("makeModerator", { name })}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

export function AddMemberForm({ action, groupId }: { action: Action; groupId: string }) {
  const t = useTranslations("strategy.groups");
  return (
    <AddByEmailForm
      action={action}
      target={{ name: "groupId", value: groupId }}
      label={t("addMember")}
      reasonLabel={t("reason")}
      submit={t("add")}
    />
  );
}

export function CreateGroupForm({ action }: { action: Action }) {
  const t = useTranslations("strategy.groups");
  const [state, formAction, busy] = useActionState(action, idle);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="p-form" noValidate>
      <Outcome state={state} />
      <TextField
        id="group-name"
        name="name"
        label={t("name")}
        maxLength={100}
        error={errors?.name}
      />
      <TextArea
        id="group-description"
        name="description"
        label={t("description")}
        maxLength={500}
        error={errors?.description}
      />
      <div>
        <Button type="submit" disabled={busy}>
          {t("create")}
        </Button>
      </div>
    </form>
  );
}
