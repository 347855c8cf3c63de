import { getTranslations } from "next-intl/server";
import { api } from "~/server/api";
import { followAction } from "./conversation-actions";

/** Follow or stop following the thread and its category: plain forms, working without JavaScript. */
export async function FollowControls({ threadId }: { threadId: string }) {
  const t = await getTranslations("strategyModeration.follow");
  const status = await (await api()).strategy.conversation.followStatus({ threadId });
  return (
    <div className="p-actions">
      <form action={followAction}>
        <input type="hidden" name="threadId" value={threadId} />
        <input type="hidden" name="target" value="thread" />
        <input type="hidden" name="on" value={status.thread ? "0" : "1"} />
        <button type="submit" className="p-button p-button--secondary" aria-pressed={status.thread}>
          {status.thread ? t("unfollowThread") : t("thread")}
        </button>
      </form>
      <form action={followAction}>
        <input type="hidden" name="threadId" value={threadId} />
        <input type="hidden" name="target" value="category" />
        <input type="hidden" name="categoryId" value={status.categoryId} />
        <input type="hidden" name="on" value={status.category ? "0" : "1"} />
        <button type="submit" className="p-button p-button--secondary" aria-pressed={status.category}>
          {status.category ? t("unfollowCategory") : t("category")}
        </button>
      </form>
    </div>
  );
}
