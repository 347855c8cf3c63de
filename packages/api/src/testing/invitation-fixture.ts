import { rmSync } from "node:fs";
import type { DatabaseHandle } from "@puente/db";
import { organizations } from "@puente/db/schema";
import { demoAccounts, demoProgramName, findUserByEmail } from "@puente/db/seed";
import { listStoredMail, type StoredMail } from "@puente/email";
import type { JobQueue } from "@puente/jobs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect } from "vitest";
import { actorByEmail, callerFor, seededDatabase } from "./test-context";
import { startTestQueue, waitFor } from "./test-queue";

/** What every invitation test file starts from: the seeded demo, a working queue, the demo program and its admin. */
export interface InvitationSuite {
  handle: DatabaseHandle;
  queue: JobQueue;
  programId: string;
  orgAdminId: string;
}

/**
 * Registers the file's beforeAll/afterAll: a fresh seeded database and a queue whose workers send
 * the invitation emails, as in the app; at the end the queue, database and mail folder (from
 * mail-dir.ts) are removed. The returned object is filled in by beforeAll.
 */
export function useInvitationSuite(mailDir: string): InvitationSuite {
  const suite = {} as InvitationSuite;
  beforeAll(async () => {
    suite.handle = await seededDatabase();
    const [program] = await suite.handle.db.select().from(organizations).where(eq(organizations.name, demoProgramName));
    suite.programId = program!.id;
    suite.orgAdminId = (await findUserByEmail(suite.handle.db, demoAccounts.orgadmin))!.id;
    suite.queue = await startTestQueue(suite.handle);
  });
  afterAll(async () => {
    await suite.queue?.stop();
    await suite.handle?.close();
    rmSync(mailDir, { recursive: true, force: true });
  });
  return suite;
}

export async function orgAdminCaller(suite: InvitationSuite, locale: "en" | "es" = "en") {
  return callerFor(suite.handle, await actorByEmail(suite.handle.db, demoAccounts.orgadmin), { locale });
}

export async function mailTo(address: string): Promise<StoredMail[]> {
  return (await listStoredMail(500)).filter((m) => m.to.toLowerCase().includes(address.toLowerCase()));
}

/** Waits until the queue has delivered `count` emails to `address`, then returns them (newest first). */
export async function deliveredTo(address: string, count = 1): Promise<StoredMail[]> {
  return waitFor(async () => {
    const mails = await mailTo(address);
    return mails.length >= count && mails;
  }, `${count} email(s) to ${address}`);
}

/** Invites `email` to the demo program and returns the token from the email that was sent. */
export async function inviteAndReadToken(
  suite: InvitationSuite,
  email: string,
  options: { locale?: "en" | "es"; role?: "member" | "admin" } = {},
) {
  const before = (await mailTo(email)).length;
  const caller = await orgAdminCaller(suite, options.locale);
  const result = await caller.organization.invite({ organizationId: suite.programId, email, role: options.role ?? "member" });
  const mails = await deliveredTo(email, before + 1);
  expect(mails).toHaveLength(before + 1);
  const link = mails[0]!.links.find((l) => l.includes("/invitations/"));
  expect(link).toBeDefined();
  const token = link!.split("/invitations/")[1]!;
  return { result, token, mail: mails[0]!, link: link! };
}
