import { databaseDriver, type DatabaseHandle, type Engine, type Executor } from "@puente/db/client";
import { sql } from "drizzle-orm";
import {
  PgBoss,
  fromDrizzle,
  fromPglite,
  type ConstructorOptions,
  type DrizzleTransactionLike,
  type JobResult,
  type JobWithMetadata,
} from "pg-boss";
import { env } from "./env";
import { jobNames, jobs, parsePayload, type JobName, type JobPayload } from "./jobs";
import { registerQueue, unregisterQueue } from "./queue-registry";

export interface SendOptions {
  /** Not before this moment: a Date, or a number of seconds from now. */
  startAfter?: Date | number;
  /**
   * Deduplication key, applied as pg-boss does: on a `standard` queue (email.send) only together
   * with `singletonSeconds`; a job declared with `policy: "exclusive"` in jobs.ts allows one queued
   * or running job per key. A duplicate is not queued and `send` returns null.
   */
  singletonKey?: string;
  /** Throttle: at most one job per key in each window of this many seconds. */
  singletonSeconds?: number;
  /** Overrides the job's declared retry limit for this one job. */
  retryLimit?: number;
  /**
   * Queue the job inside this Drizzle transaction, so it exists only if the transaction commits.
   * On PGlite this is required when sending from inside a transaction: the embedded database has one
   * connection, and a send outside the transaction would wait for it to finish, which never happens.
   */
  tx?: Executor;
}

/** What a handler learns about the job besides its payload. */
export interface JobContext {
  id: string;
  /** 0 on the first attempt. */
  retryCount: number;
  /** Aborted when the job expires or the queue stops; long handlers should pass it on. */
  signal: AbortSignal;
}

export type JobHandler<Name extends JobName> = (
  payload: JobPayload<Name>,
  job: JobContext,
) => Promise<void>;

export interface CreateQueueOptions {
  /** Seconds between polls of an idle worker; default JOBS_POLLING_SECONDS. */
  pollingIntervalSeconds?: number;
  /**
   * Run pg-boss's supervision (expiry, retries, retention, index upkeep) and cron schedules here.
   * Default true; a process that only sends, next to a separate worker, passes false.
   */
  maintain?: boolean;
  /** Where job failures go. They carry the job id and the error only, never the payload. */
  log?: (message: string) => void;
}

export interface JobQueue {
  readonly engine: Engine;
  /** Validates the payload, then queues the job. Returns its id, or null for a singleton duplicate. */
  send<Name extends JobName>(
    name: Name,
    payload: JobPayload<Name>,
    options?: SendOptions,
  ): Promise<string | null>;
  /** Processes jobs of this name one at a time; the payload is validated again before the handler sees it. */
  work<Name extends JobName>(name: Name, handler: JobHandler<Name>): Promise<void>;
  /** Queues a job on a cron expression (UTC unless `tz`); one schedule per name and key. */
  schedule<Name extends JobName>(
    name: Name,
    cron: string,
    payload: JobPayload<Name>,
    options?: { key?: string; tz?: string },
  ): Promise<void>;
  unschedule(name: JobName, key?: string): Promise<void>;
  /** Waits up to 10 s for running handlers, then stops. The database itself stays open. */
  stop(): Promise<void>;
  /** The underlying pg-boss instance, for tests and operations (counts, redrive, …). */
  readonly boss: PgBoss;
}

/**
 * Starts pg-boss on the database behind `handle`: PGlite through pg-boss's PGlite adapter on the
 * very instance the app uses (one connection, shared), PostgreSQL through pg-boss's own small pool.
 * pg-boss creates and migrates its `pgboss` schema itself, then every declared job gets its queue.
 */
export async function createQueue(
  handle: DatabaseHandle,
  options: CreateQueueOptions = {},
): Promise<JobQueue> {
  const log = options.log ?? ((message: string) => console.error(message));
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? env.JOBS_POLLING_SECONDS;
  const maintain = options.maintain ?? true;
  const boss = new PgBoss({
    ...connection(handle),
    supervise: maintain,
    schedule: maintain,
  });
  // Without an "error" listener an EventEmitter throws, which would take the web server down.
  boss.on("error", (error) => log(`[jobs] pg-boss error: ${describe(error)}`));
  boss.on("warning", (warning) => log(`[jobs] pg-boss warning: ${warning.message}`));
  await boss.start();
  try {
    for (const name of jobNames) {
      // createQueue leaves an existing queue alone; updateQueue brings its options up to date.
      await boss.createQueue(name, jobs[name].queue);
      await boss.updateQueue(name, jobs[name].queue);
    }
  } catch (error) {
    await boss.stop({ graceful: false });
    throw error;
  }

  const queue: JobQueue = {
    engine: handle.engine,
    boss,
    async send(name, payload, sendOptions = {}) {
      const { tx, ...rest } = sendOptions;
      const data = parsePayload(name, payload) as object;
      return boss.send(name, data, {
        ...rest,
        ...(tx ? { db: fromDrizzle(tx as DrizzleTransactionLike, sql) } : {}),
      });
    },
    async work(name, handler) {
      await boss.work(
        name,
        { batchSize: 1, pollingIntervalSeconds, perJobResults: true, includeMetadata: true },
        async (batch) => {
          const results: JobResult[] = [];
          for (const job of batch) results.push(await runJob(name, job, handler, log));
          return results;
        },
      );
    },
    async schedule(name, cron, payload, scheduleOptions = {}) {
      await boss.schedule(name, cron, parsePayload(name, payload) as object, scheduleOptions);
    },
    async unschedule(name, key) {
      await boss.unschedule(name, key);
    },
    async stop() {
      unregisterQueue(handle.db, queue);
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
  registerQueue(handle.db, Promise.resolve(queue));
  return queue;
}

function connection(handle: DatabaseHandle): ConstructorOptions {
  const driver = databaseDriver(handle.db);
  if (driver.engine === "pglite") return { db: fromPglite(driver.client), backend: "pglite" };
  // A small pool of its own: pg-boss polls and supervises alongside the app's postgres.js pool.
  return { connectionString: driver.url, max: 4, application_name: "puente-jobs" };
}

async function runJob<Name extends JobName>(
  name: Name,
  job: JobWithMetadata<unknown>,
  handler: JobHandler<Name>,
  log: (message: string) => void,
): Promise<JobResult> {
  let payload: JobPayload<Name>;
  try {
    payload = parsePayload(name, job.data);
  } catch (error) {
    // A payload that fails its schema will fail every retry too: end it now.
    log(`[jobs] ${name} ${job.id} refused: ${describe(error)}`);
    return { id: job.id, status: "deadletter", output: { error: describe(error) } };
  }
  try {
    await handler(payload, { id: job.id, retryCount: job.retryCount, signal: job.signal });
    return { id: job.id, status: "completed" };
  } catch (error) {
    const attempt = job.retryCount + 1;
    const outcome = job.retryCount < job.retryLimit ? "will retry" : "giving up";
    // The job id and the error only: payloads (email bodies, links) stay out of logs.
    log(`[jobs] ${name} ${job.id} failed on attempt ${attempt} (${outcome}): ${describe(error)}`);
    return { id: job.id, status: "failed", output: { error: describe(error) } };
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
