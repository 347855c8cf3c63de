"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { runAction } from "~/server/action-result";
import type { ActionResult } from "~/server/action-state";
import { api } from "~/server/api";
import { keepTypedOnError, type FormResult } from "~/server/form-values";

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();

function fields(form: FormData) {
  return {
    slug: text(form, "slug"),
    name: text(form, "name"),
    nameEs: text(form, "nameEs"),
    description: text(form, "description"),
    descriptionEs: text(form, "descriptionEs"),
    position: Number(text(form, "position") || 0),
  };
}

/** A refused topic comes back with what was typed (React resets a form after its action). */
export async function saveCategory(_previous: FormResult, form: FormData): Promise<FormResult> {
  const t = await getTranslations("strategy.categories");
  const categoryId = text(form, "categoryId");
  const caller = await api();
  const result = categoryId
    ? await runAction(
        () =>
          caller.strategy.updateCategory({
            ...fields(form),
            categoryId,
            archived: form.get("archived") === "on",
          }),
        t("saved"),
      )
    : await runAction(() => caller.strategy.createCategory(fields(form)), t("added"));
  revalidatePath("/strategy/categories");
  return keepTypedOnError(result, form);
}

export async function addCategoryModerator(_previous: FormResult, form: FormData): Promise<FormResult> {
  const t = await getTranslations("strategy.categories");
  const result = await runAction(
    async () =>
      (await api()).strategy.addCategoryModerator({
        categoryId: text(form, "categoryId"),
        email: text(form, "email"),
        reason: text(form, "reason"),
      }),
    t("moderatorAdded"),
  );
  revalidatePath("/strategy/categories");
  return keepTypedOnError(result, form);
}

export async function removeCategoryModerator(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const result = await runAction(
    async () =>
      (await api()).strategy.removeCategoryModerator({
        categoryId: text(form, "categoryId"),
        userId: text(form, "userId"),
        reason: text(form, "reason"),
      }),
    "",
  );
  revalidatePath("/strategy/categories");
  return result;
}
