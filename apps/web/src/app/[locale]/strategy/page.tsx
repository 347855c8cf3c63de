import { describeError, isTRPCError } from "@puente/api";
import { hasRole } from "@puente/auth/actor";
import { isLocale } from "@puente/i18n";
import { Alert, PageHeader } from "@puente/ui";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "~/i18n/navigation";
import { api } from "~/server/api";
import { FilterForm } from "./_components/filter-form";
import { ThreadCard } from "./_components/thread-card";
import { requireVettedMember } from "./load";
import {
  cleanStrategyHref,
  cursorOf,
  filtersFromParams,
  offsetOf,
  queryOf,
  strategyHref,
  type RawParams,
} from "./params";

export async function generateMetadata() {
  const t = await getTranslations("strategy");
  return { title: t("title") };
}

/** Runs the listing or the search the URL asks for; a refused filter becomes a message. */
async function load(params: RawParams) {
  const caller = await api();
  const filters = filtersFromParams(params);
  const q = queryOf(params);
  try {
    if (q)
      return {
        kind: "search" as const,
        result: await caller.strategy.search({ ...filters, q, offset: offsetOf(params) }),
      };
    return {
      kind: "list" as const,
      result: await caller.strategy.list({ ...filters, cursor: cursorOf(params) }),
    };
  } catch (error) {
    if (!isTRPCError(error)) throw error;
    const locale = await getLocale();
    return {
      kind: "error" as const,
      message: describeError(error, isLocale(locale) ? locale : "en").message,
    };
  }
}

export default async function StrategyPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<RawParams>;
}) {
  setRequestLocale((await params).locale);
  const actor = await requireVettedMember();
  const query = await searchParams;
  const clean = cleanStrategyHref(query);
  if (clean) return redirect({ href: clean, locale: await getLocale() });
  const t = await getTranslations("strategy");
  const [categories, outcome] = await Promise.all([
    (await api()).strategy.categories(),
    load(query),
  ]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <p className="p-actions">
        <Link href="/strategy/new" className="p-button p-button--primary">
          {t("newNote")}
        </Link>
        <Link href="/strategy/groups" className="p-button p-button--secondary">
          {t("groups.title")}
        </Link>
        {hasRole(actor, "admin") ? (
          <Link href="/strategy/categories" className="p-button p-button--secondary">
            {t("categories.manage")}
          </Link>
        ) : null}
      </p>
      <FilterForm params={query} categories={categories} />
      <section aria-labelledby="threads-title" className="p-section">
        <h2 id="threads-title">
          {outcome.kind === "search" ? t("list.searchHeading") : t("list.heading")}
        </h2>
        {outcome.kind === "error" ? <Alert tone="error">{outcome.message}</Alert> : null}
        {outcome.kind === "list" ? (
          <>
            {outcome.result.threads.length === 0 ? <p>{t("list.empty")}</p> : null}
            <ul className="p-card-list">
              {outcome.result.threads.map((thread) => (
                <ThreadCard key={thread.id} thread={thread} />
              ))}
            </ul>
            {outcome.result.nextCursor ? (
              <p>
                <Link href={strategyHref(query, { cursor: outcome.result.nextCursor })}>
                  {t("list.more")}
                </Link>
              </p>
            ) : null}
          </>
        ) : null}
        {outcome.kind === "search" ? (
          <>
            {outcome.result.hits.length === 0 ? <p>{t("list.empty")}</p> : null}
            <ul className="p-card-list">
              {outcome.result.hits.map((hit) => (
                <ThreadCard
                  key={hit.thread.id}
                  thread={hit.thread}
                  excerpt={hit.excerpt}
                  inReply={!hit.isOpening}
                  pending={hit.pending}
                />
              ))}
            </ul>
            {outcome.result.nextOffset !== null ? (
              <p>
                <Link href={strategyHref(query, { offset: String(outcome.result.nextOffset) })}>
                  {t("list.moreResults")}
                </Link>
              </p>
            ) : null}
          </>
        ) : null}
      </section>
    </>
  );
}
