import type { RouterOutputs } from "@puente/api";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "~/i18n/navigation";

type Notification = RouterOutputs["strategy"]["conversation"]["notifications"][number];

/** Each notification in a sentence, with the thread link, the excerpt and any moderator's reason. */
export async function NotificationList({ items }: { items: Notification[] }) {
  const t = await getTranslations("strategyModeration.notifications");
  const format = await getFormatter();
  return (
    <ol className="p-card-list">
      {items.map((n) => {
        const sentence = t(`kinds.${n.kind}`, { name: n.actorName ?? t("someone"), title: n.threadTitle ?? "" });
        return (
          <li key={n.id} className="p-card">
            <p>
              {!n.read ? <span className="p-badge">{t("unread")}</span> : null} {n.threadId ? <Link href={`/strategy/${n.threadId}`}>{sentence}</Link> : sentence}
            </p>
            <p className="p-muted">{format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}</p>
            {n.excerpt && !n.kind.startsWith("post_") ? <p>{n.excerpt}</p> : null}
            {n.kind === "post_hidden" || n.kind === "post_rejected" ? (
              <p>{n.hiddenReason ? t("hiddenReason", { reason: n.hiddenReason }) : t("hiddenPending")}</p>
            ) : null}
            {n.kind === "sanction" && n.sanctionKind ? (
              <p>
                {t(`sanction.${n.sanctionKind}`, {
                  reason: n.sanctionReason ?? "",
                  date: n.sanctionUntil ? format.dateTime(n.sanctionUntil, { dateStyle: "medium", timeStyle: "short" }) : "",
                })}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
