import { rmSync } from "node:fs";
import type { DatabaseHandle } from "@puente/db";
import { strategyPreferences } from "@puente/db/schema";
import { listStoredMail } from "@puente/email";
import type { JobQueue } from "@puente/jobs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestQueue } from "../../testing/referral-fixture";
import { seededDatabase } from "../../testing/test-context";
import { categories, group, person, reply, thread } from "../moderation/test-fixture";
import { sendStrategyDigests } from "./digest";

const mailDir = await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "puente-digest-mail-"));
  process.env.MAIL_DIR = dir;
  delete process.env.SMTP_URL;
  return dir;
});

let handle: DatabaseHandle;
let queue: JobQueue;
let categoryIds: string[];

beforeAll(async () => {
  handle = await seededDatabase();
  queue = await startTestQueue(handle);
  categoryIds = (await categories(handle.db)).map((c) => c.id);
});
afterAll(async () => {
  await queue?.stop();
  await handle?.close();
  rmSync(mailDir, { recursive: true, force: true });
});

async function mailTo(email: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await listStoredMail()).find((m) => m.to.includes(email));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no mail to ${email}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("strategy digests", () => {
  it("mails each weekly reader, in their language, links to what they may read and nothing hidden or private", async () => {
    const reader = await person(handle.db, { language: "es" });
    const author = await person(handle.db);
    const g = await group(handle.db, [author]);
    await handle.db.insert(strategyPreferences).values({ userId: reader.userId, digest: "weekly" });
    const daily = await person(handle.db);
    await handle.db.insert(strategyPreferences).values({ userId: daily.userId, digest: "daily" });

    const visible = await thread(handle.db, author, { categoryId: categoryIds[0]!, title: "Reunión con el alguacil de Cobb" });
    const hidden = await thread(handle.db, author, { categoryId: categoryIds[0]!, title: "HIDDEN-NOTE", status: "hidden" });
    const pending = await thread(handle.db, author, { categoryId: categoryIds[0]!, title: "PENDING-NOTE", status: "pending_review" });
    const privateThread = await thread(handle.db, author, { categoryId: categoryIds[0]!, groupId: g.id, title: "GROUP-NOTE" });
    await reply(handle.db, visible.thread.id, author, "SECRET-REPLY-BODY");

    const result = await sendStrategyDigests(handle.db, "weekly", "https://puente.test");
    expect(result.sent).toBe(1);
    const mail = await mailTo(reader.email);
    expect(mail.language).toBe("es");
    expect(mail.subject).toBe("Su resumen semanal de estrategias de Puente");
    expect(mail.text).toContain("Reunión con el alguacil de Cobb");
    expect(mail.links).toContain(`https://puente.test/es/strategy/${visible.thread.id}`);
    for (const absent of ["HIDDEN-NOTE", "PENDING-NOTE", "GROUP-NOTE", "SECRET-REPLY-BODY", "We met."]) {
      expect(mail.text).not.toContain(absent);
    }
    for (const id of [hidden.thread.id, pending.thread.id, privateThread.thread.id]) {
      expect(mail.links.some((l) => l.includes(id))).toBe(false);
    }
    // The daily reader was not part of the weekly run.
    expect((await listStoredMail()).some((m) => m.to.includes(daily.email))).toBe(false);

    // A second run in the same period finds nothing new for the reader and sends nothing.
    expect((await sendStrategyDigests(handle.db, "weekly", "https://puente.test")).sent).toBe(0);
  });

  it("runs as a queued job", async () => {
    const reader = await person(handle.db);
    await handle.db.insert(strategyPreferences).values({ userId: reader.userId, digest: "daily" });
    await thread(handle.db, await person(handle.db), { categoryId: categoryIds[1]!, title: "Know-your-rights night in Dalton" });
    await queue.send("strategy.digest", { frequency: "daily", appUrl: "https://puente.test" });
    const mail = await mailTo(reader.email);
    expect(mail.subject).toBe("Your daily Puente strategy digest");
    expect(mail.text).toContain("Know-your-rights night in Dalton");
  });
});
