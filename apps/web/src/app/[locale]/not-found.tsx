import { PageHeader } from "@puente/ui";
import { getTranslations } from "next-intl/server";
import { Link } from "~/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("common.notFound");
  return (
    <>
      <PageHeader title={t("title")} lead={t("body")} />
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </>
  );
}
