import { hasRole } from "@puente/auth/actor";
import { PageHeader, Section } from "@puente/ui";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "~/i18n/navigation";
import { getActor } from "~/server/actor";
import { api } from "~/server/api";
import { categoryLabel } from "../labels";
import { saveCategory } from "./actions";
import { CategoryForm } from "./category-form";

export async function generateMetadata() {
  const t = await getTranslations("strategy.categories");
  return { title: t("title") };
}

/** Administrators add, rename, reorder and archive strategy topics. */
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
  const categories = await (await api()).strategy.categories({ includeArchived: true });
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <ul className="p-card-list">
        {categories.map((c) => (
          <li key={c.id} className="p-card">
            <details>
              <summary>
                {categoryLabel(c, locale)} · {t("threads", { count: c.threads })}
                {c.archived ? ` · ${t("archived")}` : null}
              </summary>
              <CategoryForm action={saveCategory} values={c} />
            </details>
          </li>
        ))}
      </ul>
      <Section id="add-category" title={t("add")}>
        <CategoryForm action={saveCategory} />
      </Section>
    </>
  );
}
