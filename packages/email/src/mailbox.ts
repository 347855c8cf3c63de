import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";
import { mailDirectory } from "./transport";

export interface StoredMail {
  file: string;
  to: string;
  subject: string;
  date: Date | undefined;
  language: string | undefined;
  text: string;
  links: string[];
}

export async function readStoredMail(file: string): Promise<StoredMail> {
  const parsed = await simpleParser(await readFile(path.join(mailDirectory(), file)));
  const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(", ") : (parsed.to?.text ?? "");
  const text = parsed.text ?? "";
  const language = parsed.headers.get("content-language");
  return {
    file,
    to,
    subject: parsed.subject ?? "",
    date: parsed.date,
    language: typeof language === "string" ? language : undefined,
    text,
    links: [...new Set(text.match(/https?:\/\/[^\s"<>]+/g) ?? [])],
  };
}

/** The .eml files written to MAIL_DIR, newest first: the development mailbox and e2e tests read them. */
export async function listStoredMail(limit = 50): Promise<StoredMail[]> {
  let files: string[];
  try {
    files = (await readdir(mailDirectory())).filter((f) => f.endsWith(".eml"));
  } catch {
    return [];
  }
  files.sort().reverse();
  return Promise.all(files.slice(0, limit).map(readStoredMail));
}
