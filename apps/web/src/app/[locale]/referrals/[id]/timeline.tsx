import { getFormatter, getTranslations } from "next-intl/server";

interface Event {
  id: string;
  kind: string;
  actorName: string | null;
  at: Date;
}

/** The referral's history, oldest first: what happened, who did it (or Puente itself), when. */
export async function Timeline({ events }: { events: Event[] }) {
  const t = await getTranslations("referrals");
  const format = await getFormatter();
  return (
    <ol className="p-card-list">
      {events.map((e) => (
        <li key={e.id} className="p-card">
          <strong>{t(`eventKind.${e.kind as "created"}`)}</strong>
          <span className="p-muted">
            {" "}
            · {e.actorName ?? t("detail.automatic")} · <time dateTime={e.at.toISOString()}>{format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short" })}</time>
          </span>
        </li>
      ))}
    </ol>
  );
}
