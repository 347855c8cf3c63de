import { Section } from "@puente/ui";
import { getFormatter, getTranslations } from "next-intl/server";
import { api } from "~/server/api";

const show = (value: unknown) => (Array.isArray(value) ? value.join(", ") : value === null || value === undefined || value === "" ? "—" : String(value));

/** Who changed what and when; only for the listing's editors and moderators. */
export async function EditHistory({ organizationId }: { organizationId: string; locale: string }) {
  const t = await getTranslations("directory");
  const format = await getFormatter();
  const history = await (await api()).directory.history({ organizationId });
  return (
    <Section id="history" title={t("profile.history")}>
      {history.length === 0 ? <p>{t("profile.noHistory")}</p> : null}
      <ol className="p-card-list">
        {history.map((h) => (
          <li key={h.id} className="p-card">
            <p>
              <strong>{t.has(`profile.historyKinds.${h.kind}`) ? t(`profile.historyKinds.${h.kind}` as "profile.historyKinds.edited") : h.kind}</strong>{" "}
              {h.actor ? t("profile.by", { name: h.actor }) : null} · {format.dateTime(h.createdAt, { dateStyle: "medium", timeStyle: "short" })}
            </p>
            <ul>
              {Object.entries(h.diff).map(([field, change]) => (
                <li key={field}>
                  {t.has(`fields.${field}`) ? t(`fields.${field}` as "fields.website") : field}: {show(change.from)} → {show(change.to)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </Section>
  );
}
