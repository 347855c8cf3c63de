"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "~/i18n/navigation";
import type { NavigationItem } from "./navigation-items";

/** The unread count beside "Notifications": a number to see, words for screen readers. */
function UnreadBadge({ count }: { count: number }) {
  const t = useTranslations("strategyModeration.nav");
  return (
    <>
      {" "}
      <span className="p-badge" aria-hidden="true">
        {count}
      </span>
      <span className="p-visually-hidden">({t("unread", { count })})</span>
    </>
  );
}

export function NavLinks({ items }: { items: NavigationItem[] }) {
  const t = useTranslations("common.nav");
  const pathname = usePathname();
  return (
    <>
      {items.map((item) => (
        <li key={item.key}>
          <Link href={item.href} aria-current={pathname === item.href ? "page" : undefined}>
            {t(item.key)}
            {item.count ? <UnreadBadge count={item.count} /> : null}
          </Link>
        </li>
      ))}
    </>
  );
}
