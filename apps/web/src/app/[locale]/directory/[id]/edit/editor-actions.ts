"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "~/i18n/navigation";
import { runAction } from "~/server/action-result";
import type { ActionResult } from "~/server/action-state";
import { api } from "~/server/api";

const field = (form: FormData, name: string) => String(form.get(name) ?? "").trim();

export async function addListingEditor(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const t = await getTranslations("directory.editors");
  const organizationId = field(form, "organizationId");
  const email = field(form, "email");
  const caller = await api();
  const result = await runAction(() => caller.directory.addEditor({ organizationId, email }), t("added", { email }));
  revalidatePath(`/directory/${organizationId}/edit`);
  return result;
}

/** Redirects with the outcome: the confirmation would otherwise vanish with the removed row. */
export async function removeListingEditor(form: FormData): Promise<void> {
  const organizationId = field(form, "organizationId");
  const caller = await api();
  const result = await runAction(() => caller.directory.removeEditor({ organizationId, userId: field(form, "userId") }), "");
  redirect({
    href: `/directory/${organizationId}/edit?editors=${result.status === "success" ? "removed" : "failed"}#editors`,
    locale: await getLocale(),
  });
}
