import { open, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect } from "@playwright/test";
import { simpleParser } from "mailparser";
import { mailDir } from "./env";

/**
 * The server writes each email as `<Date.now()>-<random>.eml` into MAIL_DIR (packages/email).
 * Parsed here with mailparser, like @puente/email's readStoredMail does: that package cannot be
 * imported into the Playwright process, whose ESM loader refuses @puente/i18n's JSON imports.
 */
export interface Mail {
  to: string;
  subject: string;
  language: string | undefined;
  text: string;
  html: string;
  links: string[];
}

async function read(file: string): Promise<Mail> {
  const parsed = await simpleParser(await readFile(path.join(mailDir, file)));
  const to = Array.isArray(parsed.to)
    ? parsed.to.map((a) => a.text).join(", ")
    : (parsed.to?.text ?? "");
  const text = parsed.text ?? "";
  const language = parsed.headers.get("content-language");
  return {
    to,
    subject: parsed.subject ?? "",
    language: typeof language === "string" ? language : undefined,
    text,
    html: typeof parsed.html === "string" ? parsed.html : "",
    links: [...new Set(text.match(/https?:\/\/[^\s"<>]+/g) ?? [])],
  };
}

export interface MailWait {
  /** ms to poll before failing */
  timeout?: number;
  /** only a mail this accepts counts (by default any) */
  matches?: (mail: Mail) => boolean;
  /**
   * Take the mail for this test alone. Parallel tests sign in as the same demo account; without a
   * claim two of them can pick the same newest sign-in email, and the second to open its one-use
   * link is refused (a CI failure, strategy.spec and vetting.spec both signing in the moderator).
   */
  claim?: boolean;
}

/** Marks `file` as taken, atomically across Playwright workers; false if another took it first. */
async function claimFile(file: string): Promise<boolean> {
  try {
    await (await open(path.join(mailDir, `${file}.claimed`), "wx")).close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/**
 * The newest email to `to` written at or after `since` (ms since epoch) that `matches` (with
 * `claim`, the oldest one no other test has taken), polled
 * until it arrives: other flows running in parallel (referral and strategy notifications) may
 * mail the same demo account meanwhile.
 */
export async function waitForMail(
  to: string,
  since: number,
  { timeout = 10_000, matches = () => true, claim = false }: MailWait = {},
): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(
      async () => {
        const files = (await readdir(mailDir).catch(() => [] as string[]))
          .filter((file) => file.endsWith(".eml") && Number(file.split("-")[0]) >= since)
          .sort();
        // A claim takes the oldest unclaimed email: taking the newest let a test that polled late
        // take a later request's email, and that request then found only an email older than it
        // asked (a CI failure). Oldest first, every request gets one sent after it asked.
        if (!claim) files.reverse();
        for (const file of files) {
          const mail = await read(file);
          if (mail.to.toLowerCase() !== to.toLowerCase() || !matches(mail)) continue;
          if (claim && !(await claimFile(file))) continue;
          return (found = mail);
        }
        return undefined;
      },
      { message: `an email to ${to} in ${mailDir}`, timeout, intervals: [100, 250, 500] },
    )
    .toBeTruthy();
  return found!;
}

/** The one link in a message that matches `pattern`. */
export function linkIn(mail: Mail, pattern: RegExp): string {
  const links = mail.links.filter((link) => pattern.test(link));
  expect(links, `links matching ${pattern} in "${mail.subject}"`).toHaveLength(1);
  return links[0]!;
}
