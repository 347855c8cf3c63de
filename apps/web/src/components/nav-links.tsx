"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "~/i18n/navigation";
import type { NavigationItem } from "./navigation-items";

export function NavLinks({ items }: { items: NavigationItem[] }) {
  const t = useTranslations("common.nav");
  const pathname = usePathname();
  return (
    <>
      {items.map((item) => (
        <li key={item.key}>
          <Link href={item.href} aria-current={pathname === item.href ? "page" : undefined}>
            {t(item.key)}
          </Link>
        </li>
      ))}
    </>
  );
}
