import "@puente/ui/styles.css";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { AccountBanner } from "~/components/account-banner";
import { SiteFooter } from "~/components/site-footer";
import { SiteHeader } from "~/components/site-header";
import { routing } from "~/i18n/routing";
import { TRPCReactProvider } from "~/trpc/react";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "common" });
  // Titles stay neutral: nothing in a tab or history entry reveals why someone is here.
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("tagline") };
}

export const viewport = { width: "device-width", initialScale: 1 };

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("common");
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <TRPCReactProvider>
            <a href="#main" className="p-skip-link">
              {t("skipToContent")}
            </a>
            <SiteHeader />
            <main id="main" tabIndex={-1}>
              <div className="p-container">
                <AccountBanner />
                {children}
              </div>
            </main>
            <SiteFooter />
          </TRPCReactProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
