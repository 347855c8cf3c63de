import { rmSync } from "node:fs";
import path from "node:path";
import type { DatabaseHandle } from "@puente/db/client";
import { createTestDatabase } from "@puente/db/testing";
import { listStoredMail } from "@puente/email";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { createQueue, type JobQueue } from "../queue";
import { fastPolling, idleDomainWork, sampleEmail, waitFor } from "../test-helpers";
import { registerWorkers } from "../workers";

// Before @puente/email reads its environment: the mail goes to a folder of this test's own.
const mailDir = await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "puente-jobs-mail-"));
  process.env.MAIL_DIR = dir;
  delete process.env.SMTP_URL;
  return dir;
});

let handle: DatabaseHandle;
let queue: JobQueue;

beforeAll(async () => {
  handle = await createTestDatabase();
  queue = await createQueue(handle, fastPolling);
  await registerWorkers(queue, idleDomainWork);
}, 120_000);

afterAll(async () => {
  await queue?.stop();
  await handle?.close();
  rmSync(mailDir, { recursive: true, force: true });
}, 60_000);

it("email.send writes the message as an .eml file into MAIL_DIR", async () => {
  await queue.send(
    "email.send",
    sampleEmail({
      to: "abogada@example.org",
      subject: "Su enlace para entrar",
      text: "Hola https://puente.example.org/x",
      language: "es",
    }),
  );
  const [mail] = await waitFor(
    async () => {
      const stored = await listStoredMail();
      return stored.length > 0 ? stored : undefined;
    },
    20_000,
    "the .eml file",
  );
  expect(mail).toMatchObject({
    to: "abogada@example.org",
    subject: "Su enlace para entrar",
    language: "es",
  });
  expect(mail!.links).toEqual(["https://puente.example.org/x"]);
  expect(path.dirname(path.join(mailDir, mail!.file))).toBe(mailDir);
}, 60_000);
