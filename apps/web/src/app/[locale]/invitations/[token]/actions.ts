"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { runAction } from "~/server/action-result";
import type { ActionResult } from "~/server/action-state";
import { api } from "~/server/api";

export async function acceptInvitation(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const t = await getTranslations("organization.accept");
  const caller = await api();
  let organizationName = "";
  const result = await runAction(async () => {
    const accepted = await caller.invitation.accept({ token: String(form.get("token") ?? "") });
    organizationName = accepted.organizationName;
  }, "");
  revalidatePath("/", "layout");
  return result.status === "success" ? { status: "success", message: t("done", { organization: organizationName }) } : result;
}
