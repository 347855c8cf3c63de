import { isMember } from "@puente/auth/actor";
import { states } from "@puente/geo";
import { Alert, Button, PageHeader, Section } from "@puente/ui";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "~/i18n/navigation";
import { getActor } from "~/server/actor";
import { api } from "~/server/api";
import { categoryLabel, placeLabel } from "../strategy/labels";
import { markAllRead, unfollowAction } from "./actions";
import { NotificationList } from "./notification-list";
import { DigestForm, FollowStateForm } from "./preference-forms";

const doneKeys = { read: "notifications.marked", digest: "notifications.digest.saved" } as const;

export async function generateMetadata() {
  const t = await getTranslations("strategyModeration.notifications");
  return { title: t("title") };
}

/** The notification center: notifications, the email digest choice and what the member follows. */
export default async function NotificationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  setRequestLocale((await params).locale);
  const actor = await getActor();
  const locale = await getLocale();
  if (!isMember(actor)) return redirect({ href: "/", locale });
  const { done } = await searchParams;
  const t = await getTranslations("strategyModeration");
  const common = await getTranslations("common.language");
  const caller = await api();
  const [items, digest, follows, scope] = await Promise.all([
    caller.strategy.conversation.notifications({ limit: 50 }),
    caller.strategy.conversation.digest(),
    caller.strategy.conversation.follows(),
    caller.strategy.moderation.scope(),
  ]);
  const doneKey = done === "read" || done === "digest" ? doneKeys[done] : undefined;
  const scoped = !scope.national && (scope.categoryIds.length > 0 || scope.groupIds.length > 0);
  const followLabel = (f: (typeof follows)[number]) =>
    f.target === "thread"
      ? t("notifications.follows.thread", { title: f.threadTitle ?? "" })
      : f.target === "category"
        ? t("notifications.follows.category", {
            name: categoryLabel({ name: f.categoryName ?? "", nameEs: f.categoryNameEs ?? "" }, locale),
          })
        : t("notifications.follows.jurisdiction", { place: placeLabel({ state: f.state ?? "", countyFips: f.countyFips }, locale) });
  return (
    <>
      <PageHeader title={t("notifications.title")} lead={t("notifications.lead")} />
      {doneKey ? <Alert tone="success">{t(doneKey)}</Alert> : null}
      {scoped ? (
        <p>
          <Link href="/moderation/strategy">{t("notifications.moderation")}</Link>
        </p>
      ) : null}
      <Section id="list" title={t("notifications.title")}>
        {items.length === 0 ? (
          <p>{t("notifications.empty")}</p>
        ) : (
          <>
            {items.some((n) => !n.read) ? (
              <form action={markAllRead}>
                <Button type="submit" variant="secondary">
                  {t("notifications.markAll")}
                </Button>
              </form>
            ) : null}
            <NotificationList items={items} />
          </>
        )}
      </Section>
      <Section id="digest" title={t("notifications.digest.title")}>
        <DigestForm current={digest.digest} languageName={common(actor.preferredLanguage)} />
      </Section>
      <Section id="follows" title={t("notifications.follows.title")}>
        {follows.length === 0 ? <p>{t("notifications.follows.empty")}</p> : null}
        <ul className="p-card-list">
          {follows.map((f) => (
            <li key={f.id} className="p-card">
              <form action={unfollowAction} className="p-form--inline">
                <input type="hidden" name="target" value={f.target} />
                {f.threadId ? <input type="hidden" name="threadId" value={f.threadId} /> : null}
                {f.categoryId ? <input type="hidden" name="categoryId" value={f.categoryId} /> : null}
                {f.state ? <input type="hidden" name="state" value={f.state} /> : null}
                {f.countyFips ? <input type="hidden" name="countyFips" value={f.countyFips} /> : null}
                <span>{followLabel(f)}</span>{" "}
                <Button type="submit" variant="secondary" aria-label={t("notifications.follows.unfollowNamed", { name: followLabel(f) })}>
                  {t("notifications.follows.unfollow")}
                </Button>
              </form>
            </li>
          ))}
        </ul>
        <h3>{t("notifications.follows.addState")}</h3>
        <FollowStateForm states={states.map((s) => ({ value: s.code, label: locale === "es" ? s.nameEs : s.name }))} />
      </Section>
    </>
  );
}
