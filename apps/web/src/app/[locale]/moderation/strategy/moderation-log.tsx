import type { RouterOutputs } from "@puente/api";
import { TableScroll } from "@puente/ui";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "~/i18n/navigation";

type Entry = RouterOutputs["strategy"]["moderation"]["log"][number];

/** Who did what, about which thread, member, group, topic or setting, why and when. */
export async function ModerationLog({ entries }: { entries: Entry[] }) {
  const t = await getTranslations("strategyModeration.log");
  const format = await getFormatter();
  const locale = await getLocale();
  const why = (reason: string) => {
    if (reason === "flag:identifies_survivor") return t("flagReasons.identifies_survivor");
    const threshold = /^flags:(\d+)$/.exec(reason);
    return threshold ? t("flagReasons.threshold", { count: threshold[1]! }) : reason || "—";
  };
  const categoryChange = (e: Entry) => {
    const change = e.details.change;
    return change === "created" || change === "updated" || change === "archived" ? change : null;
  };
  const what = (e: Entry) => {
    if (e.action === "set_flag_threshold") {
      return t("actions.set_flag_threshold", { from: String(e.details.from), to: String(e.details.to) });
    }
    const change = e.targetKind === "category" ? categoryChange(e) : null;
    return change ? t(`categoryChanges.${change}`) : t(`actions.${e.action}`);
  };
  const about = (e: Entry) => {
    if (e.threadId) return <Link href={`/strategy/${e.threadId}`}>{e.threadTitle}</Link>;
    const member = e.member ? t("member", { name: e.member }) : null;
    const place = e.groupName
      ? t("group", { name: e.groupName })
      : e.categoryName
        ? t("category", { name: (locale === "es" ? e.categoryNameEs : null) ?? e.categoryName })
        : e.targetKind === "settings"
          ? t("settings")
          : null;
    return [place, member].filter(Boolean).join(" · ") || "—";
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
              <td>{what(e)}</td>
              <td>{about(e)}</td>
              <td>{why(e.reason)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
