import type { Nodes } from "mdast";
import { visit } from "unist-util-visit";
import { isAllowedLink } from "./links";
import { parseMarkdown } from "./parse";

/**
 * Something in a post's source that Puente refuses rather than silently drops, so the author
 * learns why their text would not show as written: raw HTML (any tag or comment, script included)
 * and links whose target is not an absolute http(s) or mailto URL.
 */
export type MarkdownProblem =
  | { kind: "html"; line: number; markup: string }
  | { kind: "link"; line: number; url: string };

const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 39)}…` : value);

/** Every problem in `source`, in document order; an empty list means the text may be saved. */
export function findMarkdownProblems(source: string): MarkdownProblem[] {
  const problems: MarkdownProblem[] = [];
  visit(parseMarkdown(source), (node: Nodes) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === "html") {
      problems.push({ kind: "html", line, markup: shown(node.value.trim()) });
    } else if (
      (node.type === "link" || node.type === "image" || node.type === "definition") &&
      !isAllowedLink(node.url)
    ) {
      problems.push({ kind: "link", line, url: shown(node.url) });
    }
  });
  return problems;
}
