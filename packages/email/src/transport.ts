import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { dataDir } from "@puente/db/paths";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "./env";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Content-Language of the message: the recipient's language. */
  language: "en" | "es";
}

export interface SentMail {
  messageId: string;
  /** The .eml file written, when mail goes to MAIL_DIR instead of SMTP. */
  file?: string;
}

export function mailDirectory(): string {
  return env.MAIL_DIR ? path.resolve(env.MAIL_DIR) : dataDir("mail");
}

let smtp: Transporter | undefined;
// streamTransport renders the real RFC 822 message nodemailer would send, without a server.
const fileRenderer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });

export async function sendMail(mail: OutgoingMail): Promise<SentMail> {
  const message = {
    from: env.MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: { "Content-Language": mail.language },
  };
  if (env.SMTP_URL) {
    smtp ??= nodemailer.createTransport(env.SMTP_URL);
    const info = await smtp.sendMail(message);
    return { messageId: info.messageId };
  }
  const info = await fileRenderer.sendMail(message);
  const dir = mailDirectory();
  await mkdir(dir, { recursive: true });
  // Sortable by time; the random part keeps two mails in one millisecond apart.
  const file = path.join(dir, `${Date.now()}-${randomBytes(4).toString("hex")}.eml`);
  await writeFile(file, info.message as Buffer);
  return { messageId: info.messageId, file };
}
