"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { runAction } from "~/server/action-result";
import type { ActionResult } from "~/server/action-state";
import { api } from "~/server/api";

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

export async function addMember(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const t = await getTranslations("strategy.groups");
  const result = await runAction(
    async () =>
      (await api()).strategy.addGroupMember({
        groupId: text(form, "groupId"),
        email: text(form, "email"),
      }),
    t("added"),
  );
  revalidatePath("/strategy/groups");
  return result;
}

export async function removeMember(form: FormData): Promise<void> {
  await (
    await api()
  ).strategy.removeGroupMember({ groupId: text(form, "groupId"), userId: text(form, "userId") });
  revalidatePath("/strategy/groups");
}
