import type { Database } from "@puente/db/client";
import { getDatabase } from "@puente/db/runtime";
import { env } from "./env";
import type { JobName, JobPayload } from "./jobs";
import { createQueue, type JobQueue, type SendOptions } from "./queue";
import { registerQueue } from "./queue-registry";
import { registerWorkers, type DomainWork } from "./workers";

/**
 * The process-wide queue on the app's own database. Kept on globalThis, like the database, so that
 * Next's module reloading in development does not start a second pg-boss (or a second set of workers).
 */
const globalForJobs = globalThis as unknown as {
  puenteQueue?: Promise<JobQueue>;
  puenteWorkers?: Promise<void>;
};

/** PGlite allows one process per data folder, so there the web server is the only possible worker. */
function workersRunHere(engine: "pglite" | "postgresql"): boolean {
  return engine === "pglite" || env.JOBS_IN_PROCESS;
}

export function startQueue(): Promise<JobQueue> {
  globalForJobs.puenteQueue ??= (async () => {
    const handle = await getDatabase();
    // A web process that leaves the work to `pnpm worker` leaves it the upkeep and schedules too.
    const queue = createQueue(handle, { maintain: workersRunHere(handle.engine) });
    // Registered before it has started, so a request that queues a job meanwhile waits for it.
    registerQueue(handle.db, queue);
    return queue;
  })().catch((error: unknown) => {
    globalForJobs.puenteQueue = undefined;
    throw error;
  });
  return globalForJobs.puenteQueue;
}

/** Queue a job from anywhere in the app (server code only). */
export async function enqueue<Name extends JobName>(
  name: Name,
  payload: JobPayload<Name>,
  options?: SendOptions,
): Promise<string | null> {
  return (await startQueue()).send(name, payload, options);
}

/** Called once by the web server at start (apps/web/src/instrumentation.ts). */
export function startInProcessJobs(domainWork: (db: Database) => DomainWork): Promise<void> {
  globalForJobs.puenteWorkers ??= (async () => {
    const queue = await startQueue();
    if (queue.engine === "pglite" && !env.JOBS_IN_PROCESS) {
      console.warn(
        "[jobs] JOBS_IN_PROCESS=false is ignored on the embedded database: only this process can open it.",
      );
    }
    if (workersRunHere(queue.engine)) await registerWorkers(queue, domainWork((await getDatabase()).db));
  })().catch((error: unknown) => {
    globalForJobs.puenteWorkers = undefined;
    throw error;
  });
  return globalForJobs.puenteWorkers;
}
export { runWorkerProcess } from "./worker-process";
