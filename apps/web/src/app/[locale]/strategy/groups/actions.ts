"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { runAction } from "~/server/action-result";
import type { ActionResult } from "~/server/action-state";
import { api } from "~/server/api";
import { keepTypedOnError, type FormResult } from "~/server/form-values";

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();

export async function createGroup(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const t = await getTranslations("strategy.groups");
  const result = await runAction(
    async () =>
      (await api()).strategy.createGroup({
        name: text(form, "name"),
        description: text(form, "description"),
      }),
    t("created"),
  );
  revalidatePath("/strategy/groups");
  return result;
}

export async function addMember(_previous: FormResult, form: FormData): Promise<FormResult> {
  const t = await getTranslations("strategy.groups");
  const result = await runAction(
    async () =>
      (await api()).strategy.addGroupMember({
        groupId: text(form, "groupId"),
        email: text(form, "email"),
        reason: text(form, "reason"),
      }),
    t("added"),
  );
  revalidatePath("/strategy/groups");
  return keepTypedOnError(result, form);
}

/**
 * One roster row's form: the button pressed says what changes (remove the member, or, for national
 * moderators, name or stop a group moderator); the optional reason goes to the moderation log.
 */
export async function changeRoster(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const t = await getTranslations("strategy.groups");
  const caller = await api();
  const target = {
    groupId: text(form, "groupId"),
    userId: text(form, "userId"),
    reason: text(form, "reason"),
  };
  const name = text(form, "name");
  const change = text(form, "change");
  const result =
    change === "remove"
      ? await runAction(() => caller.strategy.removeGroupMember(target), t("removed", { name }))
      : await runAction(
          () => caller.strategy.setGroupModerator({ ...target, on: change === "makeModerator" }),
          change === "makeModerator" ? t("moderatorNamed", { name }) : t("moderatorRemoved", { name }),
        );
  revalidatePath("/strategy/groups");
  return result;
}
