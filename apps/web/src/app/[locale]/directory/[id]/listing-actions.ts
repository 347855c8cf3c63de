"use server";

import { populations, type Population } from "@puente/db/schema";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { runAction } from "~/server/action-result";
import type { ActionResult } from "~/server/action-state";
import { api } from "~/server/api";

/** Form fields → listing changes; an emptied text field means "remove this value". */
function changesFrom(form: FormData) {
  const text = (name: string) => {
    const value = String(form.get(name) ?? "").trim();
    return value === "" ? null : value;
  };
  return {
    alternateName: text("alternateName"),
    description: text("description"),
    website: text("website"),
    email: text("email"),
    acceptsReferrals: form.get("acceptsReferrals") === "on",
    populations: form.getAll("populations").filter((p): p is Population => populations.includes(p as Population)),
  };
}

export async function saveListing(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const t = await getTranslations("directory.edit");
  const organizationId = String(form.get("organizationId") ?? "");
  const caller = await api();
  const result = await runAction(() => caller.directory.edit({ organizationId, ...changesFrom(form) }), t("saved"));
  revalidatePath(`/directory/${organizationId}`);
  return result;
}

export async function sendSuggestion(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const t = await getTranslations("directory.suggest");
  const organizationId = String(form.get("organizationId") ?? "");
  const caller = await api();
  const note = String(form.get("note") ?? "").trim();
  return runAction(
    () => caller.directory.suggest({ organizationId, changes: changesFrom(form), note: note || undefined }),
    t("sent"),
  );
}
