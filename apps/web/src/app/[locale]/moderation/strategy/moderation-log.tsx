import type { RouterOutputs } from "@puente/api";
import { TableScroll } from "@puente/ui";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "~/i18n/navigation";

type Entry = RouterOutputs["strategy"]["moderation"]["log"][number];

/** Who did what, about which thread or member, why and when; automatic hides say which flags. */
export async function ModerationLog({ entries }: { entries: Entry[] }) {
  const t = await getTranslations("strategyModeration.log");
  const format = await getFormatter();
  const why = (reason: string) => {
    if (reason === "flag:identifies_survivor") return t("flagReasons.identifies_survivor");
    const threshold = /^flags:(\d+)$/.exec(reason);
    return threshold ? t("flagReasons.threshold", { count: threshold[1]! }) : reason || "—";
  };
  if (entries.length === 0) return <p>{t("empty")}</p>;
  return (
    <TableScroll label={t("title")}>
      <table className="p-table">
        <thead>
          <tr>
            <th scope="col">{t("when")}</th>
            <th scope="col">{t("who")}</th>
            <th scope="col">{t("what")}</th>
            <th scope="col">{t("about")}</th>
            <th scope="col">{t("why")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short" })}</td>
              <td>{e.moderator ?? t("system")}</td>
              <td>{t(`actions.${e.action}`)}</td>
              <td>
                {e.threadId ? <Link href={`/strategy/${e.threadId}`}>{e.threadTitle}</Link> : e.member ? t("member", { name: e.member }) : "—"}
              </td>
              <td>{why(e.reason)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
