import { Alert, PageHeader, Section } from "@puente/ui";
import { getFormatter, getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Link } from "~/i18n/navigation";
import { api } from "~/server/api";
import { categoryLabel, languageLabel, placeLabel } from "../labels";
import { orNotFound, requireVettedMember } from "../load";
import { sendReply } from "./actions";
import { FollowControls } from "./follow-controls";
import { PostItem } from "./post-item";
import { ReplyForm } from "./post-forms";
import { ThreadModeration } from "./thread-moderation";

async function loadThread(id: string) {
  if (!z.uuid().safeParse(id).success) notFound();
  return orNotFound(async () => (await api()).strategy.byId({ threadId: id }));
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const t = await getTranslations("strategy");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return { title: t("title") };
  try {
    return { title: (await (await api()).strategy.byId({ threadId: id })).thread.title };
  } catch {
    return { title: t("title") };
  }
}

export default async function StrategyThreadPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ quote?: string; posted?: string }>;
}) {
  const { locale: requested, id } = await params;
  setRequestLocale(requested);
  await requireVettedMember();
  const { quote, posted } = await searchParams;
  const view = await loadThread(id);
  const { thread, posts } = view;
  const t = await getTranslations("strategy");
  const format = await getFormatter();
  const locale = await getLocale();
  const caller = await api();
  const revisions = new Map(
    await Promise.all(
      posts
        .filter((p) => p.revisions > 0)
        .map(async (p) => [p.id, await caller.strategy.revisions({ postId: p.id })] as const),
    ),
  );
  const quoted = quote ? posts.find((p) => p.id === quote && p.status === "published") : undefined;
  const date = (iso: string) =>
    format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  return (
    <>
      <p>
        <Link href="/strategy">{t("thread.back")}</Link>
      </p>
      <PageHeader
        title={thread.title}
        lead={categoryLabel({ name: thread.categoryName, nameEs: thread.categoryNameEs }, locale)}
      />
      <FollowControls threadId={thread.id} />
      {posted === "pending_review" ? <Alert tone="info">{t("form.pendingNotice")}</Alert> : null}
      {posted === "published" ? <Alert tone="success">{t("form.posted")}</Alert> : null}
      {thread.mergedIntoId ? (
        <Alert tone="info">
          {t("thread.merged")}{" "}
          <Link href={`/strategy/${thread.mergedIntoId}`}>{t("thread.goToMerged")}</Link>
        </Alert>
      ) : null}
      {thread.status !== "published" ? (
        <Alert tone="warning">{t(`statuses.${thread.status as "hidden"}`)}</Alert>
      ) : null}
      <Section id="note" title={t("thread.note")}>
        <dl className="p-dl">
          <dt>{t("thread.whatTried")}</dt>
          <dd style={{ whiteSpace: "pre-wrap" }}>{thread.whatTried}</dd>
          <dt>{t("thread.when")}</dt>
          <dd>{date(thread.triedOn)}</dd>
          <dt>{t("thread.withWhom")}</dt>
          <dd>
            {t(`counterparts.${thread.withWhom as "sheriff"}`)}
            {thread.withWhomDetail ? ` — ${thread.withWhomDetail}` : null}
          </dd>
          <dt>{t("thread.where")}</dt>
          <dd>{thread.jurisdictions.map((j) => placeLabel(j, locale)).join("; ")}</dd>
          <dt>{t("thread.outcome")}</dt>
          <dd>{t(`outcomes.${thread.outcome as "worked"}`)}</dd>
          {thread.programs.length ? (
            <>
              <dt>{t("thread.programs")}</dt>
              <dd>{thread.programs.map((p) => t(`programs.${p as "other"}`)).join(", ")}</dd>
            </>
          ) : null}
          {thread.languages.length ? (
            <>
              <dt>{t("thread.languages")}</dt>
              <dd>{thread.languages.map((l) => languageLabel(l, locale)).join(", ")}</dd>
            </>
          ) : null}
          {thread.lessons ? (
            <>
              <dt>{t("thread.lessons")}</dt>
              <dd style={{ whiteSpace: "pre-wrap" }}>{thread.lessons}</dd>
            </>
          ) : null}
        </dl>
      </Section>
      <Section id="posts" title={t("thread.posts")}>
        <ol className="p-card-list">
          {posts.map((post) => (
            <PostItem
              key={post.id}
              post={post}
              threadId={thread.id}
              canReply={view.canReply}
              revisions={revisions.get(post.id) ?? []}
            />
          ))}
        </ol>
      </Section>
      <ThreadModeration thread={thread} />
      <Section id="reply" title={t("thread.reply")}>
        {view.canReply ? (
          <ReplyForm
            action={sendReply}
            threadId={thread.id}
            quotedPostId={quoted?.id}
            quoting={
              quoted
                ? t("thread.quoting", { name: quoted.authorName ?? t("thread.unknownAuthor") })
                : undefined
            }
          />
        ) : (
          <p>{thread.locked ? t("thread.locked") : t("thread.notOpen")}</p>
        )}
      </Section>
    </>
  );
}
