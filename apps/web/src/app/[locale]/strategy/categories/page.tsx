import type { RouterOutputs } from "@puente/api";
import { hasRole } from "@puente/auth/actor";
import { PageHeader, Section } from "@puente/ui";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "~/i18n/navigation";
import { getActor } from "~/server/actor";
import { api } from "~/server/api";
import { AnnouncedChanges } from "../_components/announced-changes";
import { categoryLabel } from "../labels";
import { addCategoryModerator, removeCategoryModerator, saveCategory } from "./actions";
import { CategoryForm } from "./category-form";
import { AddCategoryModeratorForm, RemoveCategoryModeratorForm } from "./moderator-forms";

export async function generateMetadata() {
  const t = await getTranslations("strategy.categories");
  return { title: t("title") };
}

type Moderators = RouterOutputs["strategy"]["categoryModerators"];

function CategoryModeratorList({
  categoryId,
  topic,
  moderators,
  empty,
}: {
  categoryId: string;
  topic: string;
  moderators: Moderators;
  empty: string;
}) {
  const mine = moderators.filter((m) => m.categoryId === categoryId);
  if (mine.length === 0) return <p>{empty}</p>;
  return (
    <ul aria-labelledby={`moderators-${categoryId}`}>
      {mine.map((m) => (
        <li key={m.userId}>
          {m.name ?? m.email} ({m.email})
          <RemoveCategoryModeratorForm
            action={removeCategoryModerator}
            categoryId={categoryId}
            topic={topic}
            moderator={m}
          />
        </li>
      ))}
    </ul>
  );
}

/** Administrators add, rename, reorder and archive strategy topics and name their moderators. */
export default async function StrategyCategoriesPage({
  params,
}: {
  params: Promise<{ locale: string }>;
}) {
  setRequestLocale((await params).locale);
  if (!hasRole(await getActor(), "admin"))
    return redirect({ href: "/", locale: await getLocale() });
  const t = await getTranslations("strategy.categories");
  const locale = await getLocale();
  const caller = await api();
  const [categories, moderators] = await Promise.all([
    caller.strategy.categories({ includeArchived: true }),
    caller.strategy.categoryModerators(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Section id="topics" title={t("topics")}>
        <ul className="p-card-list">
          {categories.map((c) => (
            <li key={c.id} className="p-card">
              <details>
                <summary>
                  {categoryLabel(c, locale)} · {t("threads", { count: c.threads })}
                  {c.archived ? ` · ${t("archived")}` : null}
                </summary>
                <CategoryForm action={saveCategory} values={c} />
                <AnnouncedChanges
                  id={`moderators-${c.id}`}
                  heading={t("moderators")}
                  lead={<p className="p-muted">{t("moderatorsLead")}</p>}
                >
                  <CategoryModeratorList
                    categoryId={c.id}
                    topic={categoryLabel(c, locale)}
                    moderators={moderators}
                    empty={t("noModerators")}
                  />
                </AnnouncedChanges>
                <AddCategoryModeratorForm action={addCategoryModerator} categoryId={c.id} />
              </details>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="add-category" title={t("add")}>
        <CategoryForm action={saveCategory} />
      </Section>
    </>
  );
}
