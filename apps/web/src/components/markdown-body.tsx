import { renderMarkdown } from "@puente/markdown";

/**
 * A post's Markdown as HTML. The HTML comes only from @puente/markdown's sanitizer (an allow-list
 * of text tags, http(s)/mailto links with rel="nofollow noreferrer", no attributes that run or
 * style anything), so inserting it is safe; nothing else in the app uses dangerouslySetInnerHTML.
 */
export function MarkdownBody({ source }: { source: string }) {
  return <div className="p-post-body" dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
