import type { Nodes } from "mdast";
import { visit } from "unist-util-visit";
import { parseMarkdown } from "./parse";

const invisibleControls = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** Inline nodes run together; anything else (paragraph, list item, cell, code block) is a word break. */
const inlineTypes = new Set(["emphasis", "strong", "delete", "link", "linkReference", "text", "inlineCode"]);

/**
 * Plain text of a post for notifications and digests: no markup, no HTML, whitespace collapsed,
 * cut at a word boundary with "…" when longer than `maxLength` characters.
 */
export function plainExcerpt(source: string, maxLength = 160): string {
  const parts: string[] = [];
  visit(parseMarkdown(source), (node: Nodes) => {
    if (!inlineTypes.has(node.type)) parts.push(" ");
    if (node.type === "text" || node.type === "inlineCode" || node.type === "code") parts.push(node.value);
    if (node.type === "image" && node.alt) parts.push(node.alt);
  });
  const text = parts.join("").replace(invisibleControls, "").replace(/\s+/g, " ").trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
