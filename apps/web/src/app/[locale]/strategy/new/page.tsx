import { enforcementPrograms, strategyCounterparts, strategyOutcomes } from "@puente/db/schema";
import { states } from "@puente/geo";
import { PageHeader } from "@puente/ui";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { api } from "~/server/api";
import { categoryLabel, languageLabel, strategyLanguageCodes } from "../labels";
import { requireVettedMember } from "../load";
import { createNote } from "./actions";
import { NoteForm } from "./note-form";

export async function generateMetadata() {
  const t = await getTranslations("strategy.form");
  return { title: t("title") };
}

export default async function NewStrategyNotePage({
  params,
}: {
  params: Promise<{ locale: string }>;
}) {
  setRequestLocale((await params).locale);
  await requireVettedMember();
  const t = await getTranslations("strategy");
  const locale = await getLocale();
  const caller = await api();
  const [categories, groups] = await Promise.all([
    caller.strategy.categories(),
    caller.strategy.groups(),
  ]);
  const choose = { value: "", label: "—" };
  return (
    <>
      <PageHeader title={t("form.title")} lead={t("form.lead")} />
      <NoteForm
        action={createNote}
        today={new Date().toISOString().slice(0, 10)}
        categories={[
          choose,
          ...categories.map((c) => ({ value: c.id, label: categoryLabel(c, locale) })),
        ]}
        groups={groups
          .filter((g) => g.member || g.moderator)
          .map((g) => ({ value: g.id, label: g.name }))}
        states={[
          choose,
          ...states.map((s) => ({ value: s.code, label: locale === "es" ? s.nameEs : s.name })),
        ]}
        counterparts={[
          choose,
          ...strategyCounterparts.map((c) => ({ value: c, label: t(`counterparts.${c}`) })),
        ]}
        outcomes={strategyOutcomes.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))}
        programs={enforcementPrograms.map((p) => ({ value: p, label: t(`programs.${p}`) }))}
        languages={strategyLanguageCodes.map((code) => ({
          value: code,
          label: languageLabel(code, locale),
        }))}
      />
    </>
  );
}
