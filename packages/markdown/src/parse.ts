import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

/** One Markdown dialect everywhere: CommonMark plus GitHub's tables, strikethrough and autolinks. */
export const markdownParser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(source: string): Root {
  return markdownParser.runSync(markdownParser.parse(source)) as Root;
}
