import { getTranslator, type Locale } from "@puente/i18n";

/** HTML-escape text that goes into an email body. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export interface ActionMailContent {
  locale: Locale;
  paragraphs: string[];
  actionLabel: string;
  actionUrl: string;
  closing: string;
}

/**
 * Every Puente email has the same shape: a few sentences, one link, a footer. Emails carry links,
 * never case details (DESIGN.md, Safety).
 */
export function renderActionMail(content: ActionMailContent): { text: string; html: string } {
  const t = getTranslator(content.locale);
  const footer = t("email.footer");
  const text = [...content.paragraphs, "", `${content.actionLabel}: ${content.actionUrl}`, "", content.closing, "", footer].join(
    "\n",
  );
  const html = `<!doctype html><html lang="${content.locale}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2933">
${content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
<p><a href="${escapeHtml(content.actionUrl)}" style="display:inline-block;padding:12px 20px;background:#1d4ed8;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(content.actionLabel)}</a></p>
<p style="font-size:14px">${escapeHtml(content.actionUrl)}</p>
<p style="font-size:14px">${escapeHtml(content.closing)}</p>
<hr><p style="font-size:12px;color:#52606d">${escapeHtml(footer)}</p>
</body></html>`;
  return { text, html };
}
