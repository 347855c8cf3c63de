import { isMember, isSignedIn, type Actor } from "@puente/auth/actor";
import { QuickExit } from "@puente/ui";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { env } from "~/env";
import { Link } from "~/i18n/navigation";
import { getActor } from "~/server/actor";
import { api } from "~/server/api";
import { LanguageSwitcher } from "./language-switcher";
import { NavLinks } from "./nav-links";
import { navigationFor } from "./navigation-items";
import { SignOutForm } from "./sign-out-form";

/** Members' unread strategy notifications for the header; 0 for everyone else. */
async function unreadNotifications(actor: Actor): Promise<number> {
  if (!isMember(actor)) return 0;
  return (await (await api()).strategy.conversation.unreadCount()).unread;
}

export async function SiteHeader() {
  const t = await getTranslations("common");
  const actor = await getActor();
  const items = navigationFor(actor, { mailPreview: env.MAIL_PREVIEW, unreadNotifications: await unreadNotifications(actor) });
  return (
    <header className="p-site-header">
      <div className="p-container p-site-header__bar">
        <Link href="/" className="p-brand">
          {t("appName")}
        </Link>
        <Suspense fallback={null}>
          <LanguageSwitcher />
        </Suspense>
        <QuickExit href={env.QUICK_EXIT_URL} label={t("quickExit.label")} description={t("quickExit.description")} />
      </div>
      <nav className="p-container p-nav" aria-label={t("nav.label")}>
        <ul>
          <NavLinks items={items} />
          <li>{isSignedIn(actor) ? <SignOutForm /> : <Link href="/sign-in">{t("nav.signIn")}</Link>}</li>
        </ul>
      </nav>
    </header>
  );
}
