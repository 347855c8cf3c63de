"use server";

import { platformRoles, type PlatformRole } from "@puente/db/schema";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { runAction } from "~/server/action-result";
import type { ActionResult } from "~/server/action-state";
import { api } from "~/server/api";

export async function saveRoles(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const t = await getTranslations("vetting.admin");
  const caller = await api();
  const roles = form.getAll("roles").filter((r): r is PlatformRole => platformRoles.includes(r as PlatformRole));
  const result = await runAction(
    () => caller.admin.setRoles({ userId: String(form.get("userId") ?? ""), roles }),
    t("rolesSaved", { name: String(form.get("name") ?? "") }),
  );
  revalidatePath("/admin");
  return result;
}
