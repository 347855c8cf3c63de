"use server";

import type { RouterInputs } from "@puente/api";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { runAction } from "~/server/action-result";
import type { ActionResult } from "~/server/action-state";
import { api } from "~/server/api";
import { formFieldErrors, parseProfileForm, submittedValues, type ProfileFormValues } from "./form-data";

/** A refused form comes back with what was typed, so nothing has to be typed twice. */
export type ProfileFormResult = ActionResult & { values?: ProfileFormValues };

export async function saveAttorneyProfile(_previous: ProfileFormResult, form: FormData): Promise<ProfileFormResult> {
  const t = await getTranslations("attorneys.mine");
  const caller = await api();
  const parsed = parseProfileForm(form);
  // The API validates; the form's strings (year, capacity) are coerced there.
  const input = parsed.input as unknown as RouterInputs["attorney"]["submitApplication"];
  const applying = form.get("mode") === "apply";
  const result = await runAction(
    () => (applying ? caller.attorney.submitApplication(input) : caller.attorney.updateProfile(input)),
    applying ? t("applied") : t("saved"),
  );
  revalidatePath("/attorney");
  if (result.status !== "error") return result;
  return { ...result, fieldErrors: formFieldErrors(parsed, result.fieldErrors), values: submittedValues(form) };
}

export async function saveAvailability(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const t = await getTranslations("attorneys.mine");
  const caller = await api();
  const pausedUntil = String(form.get("pausedUntil") ?? "").trim();
  const result = await runAction(
    () => caller.attorney.setAvailability({ accepting: form.get("accepting") === "on", pausedUntil: pausedUntil || null }),
    t("availabilitySaved"),
  );
  revalidatePath("/attorney");
  return result;
}
