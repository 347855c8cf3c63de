import { getTranslator, type Locale } from "@puente/i18n";
import { escapeHtml } from "./layout";
import type { OutgoingMail } from "./transport";

export interface DigestLink {
  title: string;
  url: string;
}

export interface StrategyDigestInput {
  to: string;
  locale: Locale;
  frequency: "daily" | "weekly";
  /** New strategy notes the reader may open. */
  newThreads: DigestLink[];
  /** Followed threads with new replies, and how many. */
  followedThreads: Array<DigestLink & { replies: number }>;
  strategyUrl: string;
  settingsUrl: string;
}

/**
 * The strategy digest: titles of new notes and followed threads, each a link, and nothing else
 * (no note text, no names, no places beyond what a title says). The subject is the same for every
 * digest, so it says nothing about what is inside.
 */
export function renderStrategyDigest(input: StrategyDigestInput): OutgoingMail {
  const t = getTranslator(input.locale);
  const key = (name: string) => `strategyModeration.digest.${name}` as never;
  const intro = t(key(input.frequency === "daily" ? "introDaily" : "introWeekly"));
  const newHeading = t(key("newThreads"));
  const followedHeading = t(key("followedThreads"));
  const replies = (n: number) => t(key("replies"), { count: n } as never);
  const footer = t("email.footer");

  const text = [
    intro,
    ...(input.newThreads.length ? ["", newHeading, ...input.newThreads.map((l) => `- ${l.title}: ${l.url}`)] : []),
    ...(input.followedThreads.length
      ? ["", followedHeading, ...input.followedThreads.map((l) => `- ${l.title} (${replies(l.replies)}): ${l.url}`)]
      : []),
    "",
    `${t(key("openStrategy"))}: ${input.strategyUrl}`,
    `${t(key("changeDigest"))}: ${input.settingsUrl}`,
    "",
    footer,
  ].join("\n");

  const list = (items: Array<DigestLink & { replies?: number }>) =>
    `<ul>${items
      .map(
        (l) =>
          `<li><a href="${escapeHtml(l.url)}">${escapeHtml(l.title)}</a>${l.replies ? ` (${escapeHtml(replies(l.replies))})` : ""}</li>`,
      )
      .join("")}</ul>`;
  const html = `<!doctype html><html lang="${input.locale}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2933">
<p>${escapeHtml(intro)}</p>
${input.newThreads.length ? `<h2 style="font-size:18px">${escapeHtml(newHeading)}</h2>${list(input.newThreads)}` : ""}
${input.followedThreads.length ? `<h2 style="font-size:18px">${escapeHtml(followedHeading)}</h2>${list(input.followedThreads)}` : ""}
<p><a href="${escapeHtml(input.strategyUrl)}">${escapeHtml(t(key("openStrategy")))}</a></p>
<p style="font-size:14px"><a href="${escapeHtml(input.settingsUrl)}">${escapeHtml(t(key("changeDigest")))}</a></p>
<hr><p style="font-size:12px;color:#52606d">${escapeHtml(footer)}</p>
</body></html>`;
  return { to: input.to, subject: t(key(input.frequency === "daily" ? "subjectDaily" : "subjectWeekly")), language: input.locale, text, html };
}
