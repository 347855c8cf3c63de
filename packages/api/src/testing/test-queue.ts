import type { DatabaseHandle } from "@puente/db";
import { createQueue, registerWorkers, type JobQueue } from "@puente/jobs";
import { jobWork } from "../job-work";

/** A real queue on the test database with every worker registered, polling fast. */
export async function startTestQueue(handle: DatabaseHandle, options: { work?: boolean } = {}): Promise<JobQueue> {
  const queue = await createQueue(handle, { pollingIntervalSeconds: 0.5 });
  if (options.work !== false) await registerWorkers(queue, jobWork(handle.db));
  return queue;
}

/** Polls until `check` returns something truthy; fails after `timeoutMs`. */
export async function waitFor<T>(check: () => Promise<T | undefined | false>, label: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${label}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
