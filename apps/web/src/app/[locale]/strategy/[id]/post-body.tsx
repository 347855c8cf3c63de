import { MarkdownBody } from "~/components/markdown-body";

/** A post's Markdown, rendered by the safe renderer (see MarkdownBody). */
export function PostBody({ body }: { body: string }) {
  return <MarkdownBody source={body} />;
}
