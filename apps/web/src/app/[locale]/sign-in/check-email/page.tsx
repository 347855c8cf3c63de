import { sessionSettings } from "@puente/auth";
import { PageHeader } from "@puente/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "~/i18n/navigation";

export async function generateMetadata() {
  const t = await getTranslations("auth.checkEmail");
  return { title: t("title") };
}

export default async function CheckEmailPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("auth.checkEmail");
  return (
    <>
      <PageHeader title={t("title")} lead={t("body")} />
      <p>{t("expires", { minutes: sessionSettings.signInLinkMinutes })}</p>
      <p>{t("spam")}</p>
      <p>
        <Link href="/sign-in">{t("again")}</Link>
      </p>
    </>
  );
}
