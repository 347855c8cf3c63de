import { sessionSettings } from "@puente/auth";
import { Alert, PageHeader } from "@puente/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata() {
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ error?: string; callbackUrl?: string }>;
}) {
  setRequestLocale((await params).locale);
  const { error, callbackUrl } = await searchParams;
  const t = await getTranslations("auth.signIn");
  return (
    <>
      <PageHeader title={t("title")} lead={t("intro")} />
      {/* Auth.js sends people back here with error=Verification when a link is expired or used. */}
      {error === "Verification" ? <Alert tone="warning">{t("linkProblem")}</Alert> : null}
      {error && error !== "Verification" ? <Alert tone="error">{t("failed")}</Alert> : null}
      <SignInForm callbackUrl={callbackUrl} />
      <p className="p-muted">{t("newHere")}</p>
      <p className="p-muted">{t("sharedComputer", { minutes: sessionSettings.idleMinutes })}</p>
    </>
  );
}
