import type { RouterOutputs } from "@puente/api";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "~/i18n/navigation";
import { categoryLabel, placeLabel } from "../labels";

type Summary = RouterOutputs["strategy"]["list"]["threads"][number];

const outcomeTone: Record<string, string> = {
  worked: "p-badge p-badge--ok",
  did_not_work: "p-badge p-badge--warn",
};

/**
 * One thread in a listing or search: the note's structured fields at a glance. A search excerpt
 * from the reader's own post that waits for review says so, since nobody else can find it yet.
 */
export async function ThreadCard({
  thread,
  excerpt,
  inReply,
  pending,
}: {
  thread: Summary;
  excerpt?: string;
  inReply?: boolean;
  pending?: boolean;
}) {
  const t = await getTranslations("strategy");
  const format = await getFormatter();
  const locale = await getLocale();
  const date = (iso: string) =>
    format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <li className="p-card">
      <h3>
        <Link href={`/strategy/${thread.id}`}>{thread.title}</Link>
      </h3>
      <p className="p-badges">
        <span className={outcomeTone[thread.outcome] ?? "p-badge"}>
          {t(`outcomes.${thread.outcome as "worked"}`)}
        </span>{" "}
        <span className="p-badge">
          {categoryLabel({ name: thread.categoryName, nameEs: thread.categoryNameEs }, locale)}
        </span>
        {thread.status !== "published" ? (
          <span className="p-badge p-badge--warn">
            {" "}
            {t(`statuses.${thread.status as "published"}`)}
          </span>
        ) : null}
        {thread.pinned ? <span className="p-badge"> {t("list.pinned")}</span> : null}
        {thread.locked ? <span className="p-badge"> {t("list.locked")}</span> : null}
        {thread.groupName ? (
          <span className="p-badge"> {t("list.group", { name: thread.groupName })}</span>
        ) : null}
      </p>
      <p>
        {t("list.with", { who: t(`counterparts.${thread.withWhom as "sheriff"}`) })} ·{" "}
        {t("list.triedOn", { date: date(thread.triedOn) })} ·{" "}
        {thread.jurisdictions.map((j) => placeLabel(j, locale)).join("; ")}
      </p>
      {thread.programs.length ? (
        <p className="p-muted">
          {thread.programs.map((p) => t(`programs.${p as "other"}`)).join(", ")}
        </p>
      ) : null}
      {excerpt ? (
        <p>
          {pending ? (
            <>
              <span className="p-badge p-badge--warn">{t("list.pendingExcerpt")}</span>{" "}
            </>
          ) : null}
          {inReply ? <span className="p-muted">{t("list.inReply")}: </span> : null}
          {excerpt}
        </p>
      ) : null}
      <p className="p-muted">
        {t("list.replies", { count: thread.replyCount })} ·{" "}
        {t("list.lastActivity", {
          date: format.dateTime(thread.lastActivityAt, { dateStyle: "medium" }),
        })}
      </p>
    </li>
  );
}
