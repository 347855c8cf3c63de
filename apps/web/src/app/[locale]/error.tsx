"use client";

import { Button, PageHeader } from "@puente/ui";
import { useTranslations } from "next-intl";

/** Shown instead of a stack trace when a page fails. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("common.errorPage");
  return (
    <>
      <PageHeader title={t("title")} lead={t("body")} />
      <Button onClick={reset}>{t("retry")}</Button>
    </>
  );
}
