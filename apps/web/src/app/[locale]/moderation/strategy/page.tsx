import { isVetted } from "@puente/auth/actor";
import { Alert, Button, PageHeader, Section, SelectField } from "@puente/ui";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "~/i18n/navigation";
import { getActor } from "~/server/actor";
import { api } from "~/server/api";
import { ModerationLog } from "./moderation-log";
import { QueueItem } from "./queue-item";

const kinds = ["all", "pending", "flagged", "hidden"] as const;
const doneKeys = ["approve", "reject", "hide", "restore", "keep", "sanction"] as const;

export async function generateMetadata() {
  const t = await getTranslations("strategyModeration.queue");
  return { title: t("title") };
}

/** The strategy review queue and moderation log, for national, category and group moderators. */
export default async function StrategyModerationPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ kind?: string; done?: string }>;
}) {
  setRequestLocale((await params).locale);
  const { kind: requestedKind, done } = await searchParams;
  if (!isVetted(await getActor())) return redirect({ href: "/", locale: await getLocale() });
  const caller = await api();
  const scope = await caller.strategy.moderation.scope();
  if (!scope.national && scope.categoryIds.length === 0 && scope.groupIds.length === 0) {
    return redirect({ href: "/", locale: await getLocale() });
  }
  const kind = kinds.find((k) => k === requestedKind) ?? "all";
  const t = await getTranslations("strategyModeration");
  const [queue, log, settings] = await Promise.all([
    caller.strategy.moderation.queue({ kind }),
    caller.strategy.moderation.log({ limit: 50 }),
    scope.national ? caller.strategy.moderation.settings() : Promise.resolve(null),
  ]);
  const doneKey = doneKeys.find((d) => d === done);
  return (
    <>
      <PageHeader
        title={t("queue.title")}
        lead={
          scope.national
            ? t("queue.scopeNational")
            : t("queue.scopeLimited", { categories: scope.categoryIds.length, groups: scope.groupIds.length })
        }
      />
      {doneKey ? <Alert tone="success">{t(`queue.done.${doneKey}`)}</Alert> : null}
      <Section id="queue" title={t("queue.kinds.all")}>
        <p>{t("queue.lead")}</p>
        {settings ? (
          <p className="p-muted">
            {t("queue.threshold", { count: settings.flagThreshold })}{" "}
            <Link href="/moderation/strategy/settings">{t("settings.open")}</Link>
          </p>
        ) : null}
        <form method="get" className="p-form--inline">
          <SelectField
            id="queue-kind"
            name="kind"
            label={t("queue.filter")}
            defaultValue={kind}
            options={kinds.map((k) => ({ value: k, label: t(`queue.kinds.${k}`) }))}
          />
          <Button type="submit" variant="secondary">
            {t("queue.apply")}
          </Button>
        </form>
        {queue.length === 0 ? <p>{t("queue.empty")}</p> : null}
        <ul className="p-card-list">
          {queue.map((item) => (
            <QueueItem key={item.postId} item={item} national={scope.national} kind={kind} />
          ))}
        </ul>
      </Section>
      <Section id="log" title={t("log.title")}>
        <ModerationLog entries={log} />
      </Section>
    </>
  );
}
