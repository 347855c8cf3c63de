/** The only link targets a post may carry: web pages and email addresses. */
const allowedProtocols = new Set(["http:", "https:", "mailto:"]);

/**
 * True when `url` is an absolute http(s) or mailto URL. Parsed with the WHATWG URL parser, the one
 * browsers use, so tabs, newlines and entity-decoded tricks ("jav&#x09;ascript:") are judged the
 * way a browser would read them; relative URLs and anything unparsable are refused.
 */
export function isAllowedLink(url: string): boolean {
  try {
    return allowedProtocols.has(new URL(url).protocol);
  } catch {
    return false;
  }
}
