import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="p-site-footer">
      <div className="p-container">
        <p>{t("footer.safety")}</p>
        <p>{t("quickExit.description")}</p>
        <p>{t("footer.privacy")}</p>
      </div>
    </footer>
  );
}
