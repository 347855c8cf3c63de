import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDatabase, databaseDriver, type DatabaseHandle } from "@puente/db/client";
import { createTestDatabase } from "@puente/db/testing";
import { afterAll, expect, it } from "vitest";
import type { JobPayload } from "./jobs";
import { createQueue } from "./queue";
import { fastPolling, sampleEmail, waitFor } from "./test-helpers";

/**
 * Jobs are rows, so a job queued just before a shutdown is done after the next start. On PGlite the
 * data folder is closed and opened again, as a restarted web server would; on PostgreSQL the second
 * queue runs over a new connection pool, as a restarted worker would.
 */
const postgresUrl = process.env.TEST_DATABASE_URL;
const cleanups: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
}, 60_000);

async function openTwice(): Promise<{
  first: DatabaseHandle;
  reopen: () => Promise<DatabaseHandle>;
}> {
  if (postgresUrl) {
    const first = await createTestDatabase();
    const driver = databaseDriver(first.db);
    if (driver.engine !== "postgresql") throw new Error("expected PostgreSQL");
    // Dropping the test database waits for the second pool, so the pool closes first.
    cleanups.push(() => first.close());
    return {
      first,
      reopen: async () => {
        const second = createDatabase({ url: driver.url, maxConnections: 2 });
        cleanups.push(() => second.close());
        return second;
      },
    };
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), "puente-jobs-restart-"));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  return {
    first: createDatabase({ dataDir }),
    reopen: async () => {
      const second = createDatabase({ dataDir });
      cleanups.push(() => second.close());
      return second;
    },
  };
}

it("a job sent before a stop is processed after a new queue starts on the same database", async () => {
  const { first, reopen } = await openTwice();
  const before = await createQueue(first, fastPolling);
  const id = await before.send("email.send", sampleEmail({ subject: "queued before the restart" }));
  await before.stop();
  if (first.engine === "pglite") await first.close();

  const second = await reopen();
  const after = await createQueue(second, fastPolling);
  try {
    const received: { id: string; payload: JobPayload<"email.send"> }[] = [];
    await after.work("email.send", async (payload, job) => {
      received.push({ id: job.id, payload });
    });
    await waitFor(() => received.length > 0, 20_000, "the job from before the restart");
    expect(received).toEqual([
      { id, payload: sampleEmail({ subject: "queued before the restart" }) },
    ]);
  } finally {
    await after.stop();
  }
}, 180_000);
