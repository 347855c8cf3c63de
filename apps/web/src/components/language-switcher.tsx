"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "~/i18n/navigation";

/** Links to this same page in the other language; next-intl remembers the choice in a cookie. */
export function LanguageSwitcher() {
  const t = useTranslations("common.language");
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams();
  const other = locale === "es" ? "en" : "es";
  const query = Object.fromEntries(search.entries());
  return (
    <Link href={{ pathname, query }} locale={other} hrefLang={other} lang={other} className="p-language-switch">
      {t("switchTo")}
    </Link>
  );
}
