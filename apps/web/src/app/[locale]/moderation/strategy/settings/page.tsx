import { hasRole, isVetted } from "@puente/auth/actor";
import { PageHeader } from "@puente/ui";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "~/i18n/navigation";
import { getActor } from "~/server/actor";
import { api } from "~/server/api";
import { ThresholdForm } from "./threshold-form";

export async function generateMetadata() {
  const t = await getTranslations("strategyModeration.settings");
  return { title: t("title") };
}

/**
 * How many members' flags hide a post. National moderators read it (the settings query's tier);
 * administrators change it (setFlagThreshold's tier), and the change lands in the moderation log.
 */
export default async function StrategySettingsPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const actor = await getActor();
  if (!isVetted(actor) || !hasRole(actor, "moderator")) return redirect({ href: "/", locale: await getLocale() });
  const t = await getTranslations("strategyModeration.settings");
  const { flagThreshold, min, max } = await (await api()).strategy.moderation.settings();
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <p>
        <Link href="/moderation/strategy">{t("back")}</Link>
      </p>
      <p>{t("current", { count: flagThreshold })}</p>
      {hasRole(actor, "admin") ? (
        <ThresholdForm current={flagThreshold} min={min} max={max} />
      ) : (
        <p className="p-muted">{t("adminsOnly")}</p>
      )}
    </>
  );
}
