"use server";

import { signOut } from "@puente/auth";
import { getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { runAction } from "~/server/action-result";
import type { ActionResult } from "~/server/action-state";
import { api } from "~/server/api";

export async function updateProfile(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const t = await getTranslations("profile");
  const caller = await api();
  const preferredLanguage = String(form.get("preferredLanguage") ?? "");
  const application = form.get("application");
  const result = await runAction(
    () =>
      caller.profile.update({
        name: String(form.get("name") ?? ""),
        preferredLanguage: preferredLanguage as "en" | "es",
        application: typeof application === "string" ? application : undefined,
      }),
    t("saved"),
  );
  if (result.status === "success" && (preferredLanguage === "en" || preferredLanguage === "es")) {
    // The saved language becomes the remembered one, as if chosen with the switcher.
    (await cookies()).set("NEXT_LOCALE", preferredLanguage, { path: "/", sameSite: "lax", maxAge: 31536000 });
  }
  revalidatePath("/", "layout");
  return result;
}

export async function signOutEverywhere() {
  const caller = await api();
  await caller.profile.signOutEverywhere();
  await signOut({ redirectTo: "/sign-in" });
}
