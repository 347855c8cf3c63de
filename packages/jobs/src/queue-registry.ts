import type { Database } from "@puente/db/client";
import type { JobQueue } from "./queue";

/**
 * Which queue runs on which database, so domain code holding only `ctx.db` can queue a job inside
 * its transaction: the app's queue in the web server, a test's own queue in a test. Kept on
 * globalThis because Next may load this module more than once in one process.
 */
const globalForRegistry = globalThis as unknown as { puenteQueues?: Map<Database, Promise<JobQueue>> };
const registry = (globalForRegistry.puenteQueues ??= new Map());

export function registerQueue(db: Database, queue: Promise<JobQueue>): void {
  registry.set(db, queue);
}

export function unregisterQueue(db: Database, queue: JobQueue): void {
  const entry = registry.get(db);
  void entry?.then((registered: JobQueue) => {
    // Only if no newer queue was registered on this database meanwhile.
    if (registered === queue && registry.get(db) === entry) registry.delete(db);
  });
}

/** The queue on this database; throws when none was started (a bug in wiring, not a user error). */
export function queueOn(db: Database): Promise<JobQueue> {
  const queue = registry.get(db);
  if (!queue) throw new Error("No job queue runs on this database: start one with createQueue() or startQueue().");
  return queue;
}
