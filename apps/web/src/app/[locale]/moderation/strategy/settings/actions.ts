"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { runAction } from "~/server/action-result";
import type { ActionResult } from "~/server/action-state";
import { api } from "~/server/api";

export async function saveFlagThreshold(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const t = await getTranslations("strategyModeration.settings");
  const caller = await api();
  const raw = String(form.get("flagThreshold") ?? "").trim();
  let saved = { flagThreshold: 0, changed: false };
  const result = await runAction(
    async () => {
      saved = await caller.strategy.moderation.setFlagThreshold({
        // Empty is not zero: NaN makes the procedure refuse it with the range message.
        flagThreshold: raw === "" ? Number.NaN : Number(raw),
        reason: String(form.get("reason") ?? ""),
      });
    },
    "",
  );
  if (result.status !== "success") return result;
  revalidatePath("/moderation/strategy");
  return {
    status: "success",
    message: saved.changed ? t("saved", { count: saved.flagThreshold }) : t("unchanged"),
  };
}
