import type { RouterOutputs } from "@puente/api";
import { Alert } from "@puente/ui";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "~/i18n/navigation";
import { saveEdit, toggleReaction } from "./actions";
import { FlagForm } from "./flag-form";
import { PostBody } from "./post-body";
import { EditForm } from "./post-forms";

type View = RouterOutputs["strategy"]["byId"];
type Post = View["posts"][number];
type Revision = RouterOutputs["strategy"]["revisions"][number];

/** One post: who and when, moderation notices for its author, quote, text, history, reactions. */
export async function PostItem(props: {
  post: Post;
  threadId: string;
  canReply: boolean;
  revisions: Revision[];
}) {
  const { post, threadId } = props;
  const t = await getTranslations("strategy.thread");
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const author = post.authorName ?? t("unknownAuthor");
  const headingId = `post-${post.id}-by`;
  return (
    <li className="p-card" id={`post-${post.id}`}>
      <p id={headingId} className="p-muted">
        {t("postedBy", { name: author, date: when(post.createdAt) })}
        {post.editedAt ? ` · ${t("edited", { date: when(post.editedAt) })}` : null}
      </p>
      {post.status === "pending_review" ? <Alert tone="info">{t("pending")}</Alert> : null}
      {post.status === "hidden" ? (
        <Alert tone="warning">{t("hidden", { reason: post.hiddenReason ?? t("noReason") })}</Alert>
      ) : null}
      {post.status === "rejected" ? (
        <Alert tone="warning">
          {t("rejected", { reason: post.hiddenReason ?? t("noReason") })}
        </Alert>
      ) : null}
      {post.quotedPostId ? (
        <blockquote cite={`#post-${post.quotedPostId}`}>
          <p className="p-muted">
            {t("quoting", { name: post.quotedAuthorName ?? t("unknownAuthor") })}
          </p>
          <PostBody body={post.quotedBody ?? ""} />
        </blockquote>
      ) : null}
      <PostBody body={post.body} />
      {props.revisions.length > 0 ? (
        <details>
          <summary>{t("history", { count: props.revisions.length })}</summary>
          <ol>
            {props.revisions.map((r) => (
              <li key={r.id}>
                <p className="p-muted">{t("revisionOf", { date: when(r.createdAt) })}</p>
                <PostBody body={r.body} />
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {post.status === "published" ? (
        <div className="p-actions" role="group" aria-label={t("reactions")}>
          {(["helpful", "tried_too"] as const).map((kind) => {
            const mine = post.myReactions.includes(kind);
            const count = kind === "helpful" ? post.helpful : post.triedToo;
            return (
              <form key={kind} action={toggleReaction}>
                <input type="hidden" name="threadId" value={threadId} />
                <input type="hidden" name="postId" value={post.id} />
                <input type="hidden" name="kind" value={kind} />
                <input type="hidden" name="on" value={mine ? "0" : "1"} />
                <button type="submit" className="p-button p-button--secondary" aria-pressed={mine}>
                  {kind === "helpful" ? t("helpful", { count }) : t("triedToo", { count })}
                </button>
              </form>
            );
          })}
          {props.canReply ? (
            <Link
              href={`/strategy/${threadId}?quote=${post.id}#reply`}
              className="p-button p-button--secondary"
            >
              {t("quote")}
            </Link>
          ) : null}
        </div>
      ) : null}
      {post.status === "published" && !post.mine ? <FlagForm postId={post.id} threadId={threadId} author={author} /> : null}
      {post.mine && props.canReply ? (
        <details>
          <summary>{t("edit")}</summary>
          <EditForm action={saveEdit} threadId={threadId} postId={post.id} body={post.body} />
        </details>
      ) : null}
    </li>
  );
}
