import { getLocale, getTranslations } from "next-intl/server";
import { Section } from "@puente/ui";
import { api } from "~/server/api";
import { categoryLabel } from "../labels";
import { ThreadModerationForms } from "./thread-moderation-forms";

/** Lock, pin, move and merge, shown only to moderators whose scope covers the thread. */
export async function ThreadModeration(props: {
  thread: { id: string; categoryId: string; groupId: string | null; locked: boolean; pinned: boolean };
}) {
  const caller = await api();
  const scope = await caller.strategy.moderation.scope();
  const { thread } = props;
  const inScope = scope.national || (thread.groupId ? scope.groupIds.includes(thread.groupId) : scope.categoryIds.includes(thread.categoryId));
  if (!inScope) return null;
  const t = await getTranslations("strategyModeration.threadModeration");
  const locale = await getLocale();
  const categories = (await caller.strategy.categories()).filter((c) => !c.archived && c.id !== thread.categoryId);
  return (
    <Section id="moderate" title={t("title")}>
      <ThreadModerationForms
        threadId={thread.id}
        locked={thread.locked}
        pinned={thread.pinned}
        categories={categories.map((c) => ({ value: c.id, label: categoryLabel(c, locale) }))}
      />
    </Section>
  );
}
