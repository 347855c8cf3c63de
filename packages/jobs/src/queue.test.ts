import { createTestDatabase } from "@puente/db/testing";
import type { DatabaseHandle } from "@puente/db/client";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { InvalidJobPayload, type JobPayload } from "./jobs";
import { createQueue, type JobQueue } from "./queue";
import { fastPolling, sampleEmail, waitFor } from "./test-helpers";

/**
 * The queue's contract on whichever engine this project runs (PGlite, or PostgreSQL when
 * TEST_DATABASE_URL is set). Each test starts its own queue on the file's database, the way a
 * restarted process would, and clears the jobs it left behind.
 */
let handle: DatabaseHandle;
let queue: JobQueue | undefined;
const logs: string[] = [];

beforeAll(async () => {
  handle = await createTestDatabase();
}, 120_000);

afterAll(async () => {
  await handle?.close();
}, 60_000);

afterEach(async () => {
  if (!queue) return;
  await queue.boss.deleteAllJobs("email.send");
  await queue.stop();
  queue = undefined;
  logs.length = 0;
}, 30_000);

async function start(): Promise<JobQueue> {
  queue = await createQueue(handle, { ...fastPolling, log: (message) => logs.push(message) });
  return queue;
}

describe("job queue", () => {
  it("creates pg-boss's schema and the declared queue with its retry policy", async () => {
    const q = await start();
    expect(await q.boss.isInstalled()).toBe(true);
    expect(await q.boss.getQueue("email.send")).toMatchObject({
      retryLimit: 5,
      retryDelay: 30,
      retryBackoff: true,
    });
  }, 60_000);

  it("sends a job and a worker processes it", async () => {
    const q = await start();
    const received: JobPayload<"email.send">[] = [];
    await q.work("email.send", async (payload) => {
      received.push(payload);
    });
    const started = Date.now();
    const id = await q.send("email.send", sampleEmail());
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(() => received.length === 1, 15_000, "the job");
    expect(received[0]).toEqual(sampleEmail());
    await waitFor(
      async () => (await q.boss.findJobs("email.send", { id: id! }))[0]?.state === "completed",
      5_000,
      "completed",
    );
    console.info(`[${handle.engine}] send → processed in ${Date.now() - started} ms`);
  }, 60_000);

  it("refuses an invalid payload on send and stores nothing", async () => {
    const q = await start();
    const bad = {
      ...sampleEmail(),
      to: "not an address",
      language: "fr",
    } as unknown as JobPayload<"email.send">;
    const error = await q.send("email.send", bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidJobPayload);
    expect((error as InvalidJobPayload).fields.sort()).toEqual(["language", "to"]);
    expect((error as Error).message).not.toContain("not an address");
    expect(await q.boss.findJobs("email.send")).toHaveLength(0);
  }, 60_000);

  it("refuses an invalid payload on receive without calling the handler or retrying", async () => {
    const q = await start();
    let calls = 0;
    await q.work("email.send", async () => {
      calls += 1;
    });
    // A row written around the typed API, as an old deploy or a hand-made insert could leave.
    const id = await q.boss.send("email.send", { to: "x" });
    const job = await waitFor(
      async () => {
        const [found] = await q.boss.findJobs("email.send", { id: id! });
        return found?.state === "failed" ? found : undefined;
      },
      15_000,
      "the refused job",
    );
    expect(calls).toBe(0);
    expect(job.retryCount).toBe(0);
    expect(logs.join("\n")).toMatch(new RegExp(`email.send ${id} refused`));
  }, 60_000);

  it("does not process a delayed job early", async () => {
    const q = await start();
    let processedAt: number | undefined;
    await q.work("email.send", async () => {
      processedAt = Date.now();
    });
    const sentAt = Date.now();
    await q.send("email.send", sampleEmail(), { startAfter: 3 });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(processedAt).toBeUndefined();
    await waitFor(() => processedAt !== undefined, 15_000, "the delayed job");
    expect(processedAt! - sentAt).toBeGreaterThanOrEqual(2_900);
  }, 60_000);

  it("retries after a failing handler and logs the job id and error, not the email", async () => {
    const q = await start();
    // The declared backoff starts at 30 s; a test cannot wait that long.
    await q.boss.updateQueue("email.send", { retryDelay: 1, retryBackoff: false });
    const attempts: number[] = [];
    await q.work("email.send", async (_payload, job) => {
      attempts.push(job.retryCount);
      if (job.retryCount === 0) throw new Error("SMTP 451 try again later");
    });
    const id = await q.send("email.send", sampleEmail(), { retryLimit: 2 });
    await waitFor(
      async () => (await q.boss.findJobs("email.send", { id: id! }))[0]?.state === "completed",
      20_000,
      "the retried job",
    );
    expect(attempts).toEqual([0, 1]);
    const logged = logs.join("\n");
    expect(logged).toContain(
      `email.send ${id} failed on attempt 1 (will retry): Error: SMTP 451 try again later`,
    );
    expect(logged).not.toContain("SECRET-BODY");
    expect(logged).not.toContain("advocate@example.org");
  }, 60_000);

  it("throttles by singleton key: one job per key and window", async () => {
    const q = await start();
    const throttle = {
      singletonKey: "sign-in:advocate@example.org",
      singletonSeconds: 3600,
      startAfter: 60,
    };
    const first = await q.send("email.send", sampleEmail(), throttle);
    const second = await q.send("email.send", sampleEmail(), throttle);
    const other = await q.send("email.send", sampleEmail(), {
      ...throttle,
      singletonKey: "sign-in:other@example.org",
    });
    expect(first).not.toBeNull();
    expect(second).toBeNull();
    expect(other).not.toBeNull();
  }, 60_000);

  it("queues inside a transaction: a rollback leaves no job, a commit keeps it", async () => {
    const q = await start();
    await handle.db
      .transaction(async (tx) => {
        await q.send("email.send", sampleEmail({ subject: "rolled back" }), { tx, startAfter: 60 });
        tx.rollback();
      })
      .catch(() => undefined);
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      await q.send("email.send", sampleEmail({ subject: "committed" }), { tx, startAfter: 60 });
    });
    const subjects = (await q.boss.findJobs<JobPayload<"email.send">>("email.send")).map(
      (job) => job.data.subject,
    );
    expect(subjects).toEqual(["committed"]);
  }, 60_000);

  it("validates a schedule's payload and stores the schedule", async () => {
    const q = await start();
    await q.schedule("email.send", "0 7 * * 1", sampleEmail({ subject: "weekly" }), {
      key: "weekly",
      tz: "America/Chicago",
    });
    expect(await q.boss.getSchedule("email.send", "weekly")).toMatchObject({
      cron: "0 7 * * 1",
      timezone: "America/Chicago",
    });
    await expect(
      q.schedule("email.send", "0 7 * * 1", {
        subject: "x",
      } as unknown as JobPayload<"email.send">),
    ).rejects.toBeInstanceOf(InvalidJobPayload);
    await q.unschedule("email.send", "weekly");
    expect(await q.boss.getSchedule("email.send", "weekly")).toBeNull();
  }, 60_000);
});
