import type { Element, ElementContent, Root as HastRoot } from "hast";
import { defaultSchema, type Schema } from "hast-util-sanitize";
import type { Root as MdastRoot, Nodes as MdastNodes, Text } from "mdast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { isAllowedLink } from "./links";

/**
 * A post's headings sit below the page's own h1 (thread title) and h2 (sections), so Markdown's
 * `#` becomes h3 and deeper levels follow, capped at h6.
 */
const headingOffset = 2;

/** Invisible characters that reorder or hide text (bidi overrides, zero-width joiners). */
const invisibleControls = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * Allow-list of what rendered Markdown may contain: text formatting, lists, quotes, code, tables
 * and links. No ids, classes or style (they could clobber page elements or restyle the page), no
 * images, forms, media or embeds. Everything else is unwrapped to its text, and script/style
 * contents are dropped whole.
 */
const schema: Schema = {
  tagNames: [
    "p", "br", "hr", "strong", "em", "del", "code", "pre", "blockquote",
    "ul", "ol", "li", "a", "h3", "h4", "h5", "h6",
    "table", "thead", "tbody", "tr", "th", "td",
  ],
  attributes: { a: ["href"], ol: ["start"], th: [["align", "left", "right", "center"]], td: [["align", "left", "right", "center"]] },
  protocols: { href: ["http", "https", "mailto"] },
  strip: ["script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math"],
  clobberPrefix: "user-content-",
  clobber: [],
  ancestors: defaultSchema.ancestors ?? {},
  required: {},
};

/** Headings demoted; footnotes (which would add ids and an English "Footnotes" heading) kept as text. */
function remarkPuente() {
  return (tree: MdastRoot) => {
    visit(tree, (node: MdastNodes, index, parent) => {
      if (node.type === "heading") {
        node.depth = Math.min(6, node.depth + headingOffset) as typeof node.depth;
      }
      if (node.type === "footnoteReference" && parent && index !== undefined) {
        const text: Text = { type: "text", value: `[^${node.label ?? node.identifier}]` };
        parent.children.splice(index, 1, text as never);
        return SKIP;
      }
      if (node.type === "footnoteDefinition" && parent && index !== undefined) {
        const label: Text = { type: "text", value: `[^${node.label ?? node.identifier}]: ` };
        const first = node.children[0];
        if (first?.type === "paragraph") first.children.unshift(label);
        parent.children.splice(index, 1, ...(node.children as never[]));
        return [SKIP, index];
      }
      return undefined;
    });
  };
}

function textNode(value: string): ElementContent {
  return { type: "text", value };
}

/** Images become plain links to the picture (nothing loads from a third party when a page opens). */
function rehypeImagesAsLinks() {
  return (tree: HastRoot) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "img") return;
      const src = typeof node.properties.src === "string" ? node.properties.src : "";
      const alt = typeof node.properties.alt === "string" ? node.properties.alt : "";
      node.tagName = "a";
      node.properties = { href: src };
      node.children = [textNode(alt.trim() || src)];
    });
  };
}

/** Task-list checkboxes as text: an unlabelled checkbox would be a form control without a name. */
function rehypeTaskItemsAsText() {
  return (tree: HastRoot) => {
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "input" || !parent || index === undefined) return undefined;
      parent.children.splice(index, 1, textNode(node.properties.checked ? "[x]" : "[ ]"));
      return SKIP;
    });
  };
}

/**
 * After sanitizing: a link survives only with an absolute http(s)/mailto target, and then carries
 * rel="nofollow noreferrer" (noreferrer implies noopener; no target is set, so links open in the
 * same tab and cannot reach window.opener). Other links are unwrapped to their text.
 */
function rehypeSafeLinks() {
  return (tree: HastRoot) => {
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "a" || !parent || index === undefined) return undefined;
      const href = node.properties.href;
      if (typeof href === "string" && isAllowedLink(href)) {
        node.properties = { href, rel: ["nofollow", "noreferrer"] };
        return undefined;
      }
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    });
    visit(tree, "text", (node) => {
      node.value = node.value.replace(invisibleControls, "");
    });
  };
}

// remark-rehype runs without allowDangerousHtml: raw HTML in the source never reaches the tree.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkPuente)
  .use(remarkRehype)
  .use(rehypeImagesAsLinks)
  .use(rehypeTaskItemsAsText)
  .use(rehypeSanitize, schema)
  .use(rehypeSafeLinks)
  .use(rehypeStringify);

/**
 * Markdown to an HTML fragment that is safe to insert with dangerouslySetInnerHTML. This is the
 * only function whose output may be inserted that way.
 */
export function renderMarkdown(source: string): string {
  return String(processor.processSync(source));
}
