import type { RouterOutputs } from "@puente/api";
import { getFormatter, getTranslations } from "next-intl/server";
import { MarkdownBody } from "~/components/markdown-body";
import { Link } from "~/i18n/navigation";
import { ReviewForm, SanctionForm } from "./review-forms";

type Item = RouterOutputs["strategy"]["moderation"]["queue"][number];
type Decision = "approve" | "reject" | "hide" | "restore" | "keep";

/** What a moderator may decide for a post in each status. */
const decisionsFor: Record<Item["status"], Decision[]> = {
  pending_review: ["approve", "reject"],
  hidden: ["restore", "reject"],
  published: ["keep", "hide"],
  rejected: ["restore"],
};

/** One post in the review queue: where, who, why it is here, the text, and the decisions. */
export async function QueueItem({ item, national, kind }: { item: Item; national: boolean; kind: string }) {
  const t = await getTranslations("strategyModeration");
  const format = await getFormatter();
  const author = item.author ?? t("queue.unknownAuthor");
  return (
    <li className="p-card">
      <h3>
        <Link href={`/strategy/${item.threadId}`}>{t("queue.thread", { title: item.threadTitle })}</Link>
      </h3>
      <p className="p-muted">
        {item.isOpening ? t("queue.opening") : t("queue.reply")} ·{" "}
        {t("queue.by", { name: author, date: format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" }) })} ·{" "}
        {t("queue.status", { status: t(`statuses.${item.status}`) })}
      </p>
      {item.flags.length ? (
        <>
          <h4>{t("queue.flags")}</h4>
          <ul>
            {item.flags.map((flag, i) => (
              <li key={i}>
                <strong>{t(`flagReasons.${flag.reason}`)}</strong>
                {flag.note ? ` — ${flag.note}` : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {item.hiddenReason ? <p>{t("notifications.hiddenReason", { reason: item.hiddenReason })}</p> : null}
      <MarkdownBody source={item.body} />
      <ReviewForm postId={item.postId} author={author} decisions={decisionsFor[item.status]} kind={kind} />
      {item.authorId ? <SanctionForm userId={item.authorId} author={author} postId={item.postId} national={national} kind={kind} /> : null}
    </li>
  );
}
