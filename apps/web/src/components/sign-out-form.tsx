import { signOut } from "@puente/auth";
import { getLocale, getTranslations } from "next-intl/server";

export async function SignOutForm() {
  const t = await getTranslations("common.nav");
  const locale = await getLocale();
  async function signOutAction() {
    "use server";
    await signOut({ redirectTo: locale === "es" ? "/es" : "/" });
  }
  return (
    <form action={signOutAction}>
      <button type="submit">{t("signOut")}</button>
    </form>
  );
}
