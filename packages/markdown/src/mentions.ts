import type { Nodes, Parent } from "mdast";
import { parseMarkdown } from "./parse";

/**
 * A mention is "@" followed by a handle: letters, digits, ".", "_" or "-", starting and ending
 * with a letter or digit, at most 40 characters, not preceded by a word character (so an email
 * address is not a mention). Handles compare case-insensitively; see `handleFromName` for how a
 * member's handle is formed.
 */
const mentionPattern = /(?<![\p{L}\p{N}_.@-])@([\p{L}\p{N}](?:[\p{L}\p{N}._-]{0,38}[\p{L}\p{N}])?)/gu;

/** Most mentions one post may notify (a longer list is almost certainly spam). */
export const maxMentions = 20;

/**
 * The distinct handles mentioned in `source`, lower-cased, in order of first appearance. Text in
 * code, inline code and links is not searched: `@example` in a code sample notifies nobody.
 */
export function extractMentions(source: string): string[] {
  const found = new Set<string>();
  const walk = (node: Nodes) => {
    if (node.type === "text") {
      for (const match of node.value.matchAll(mentionPattern)) {
        if (found.size < maxMentions) found.add(match[1]!.toLowerCase());
      }
      return;
    }
    if (node.type === "link" || node.type === "linkReference") return;
    if ("children" in node) for (const child of (node as Parent).children) walk(child as Nodes);
  };
  walk(parseMarkdown(source));
  return [...found];
}

/**
 * A member's handle: their display name without accents, lower-cased, with every run of other
 * characters turned into one "-" ("María José López" → "maria-jose-lopez"). The same rule is
 * applied in SQL when a mention is resolved.
 */
export function handleFromName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
