import { sendEmail } from "./handlers/email-send";
import { jobNames, type JobName } from "./jobs";
import type { JobHandler, JobQueue } from "./queue";

/** One handler per declared job: adding a job to jobs.ts without a handler fails the typecheck. */
export const handlers: { [Name in JobName]: JobHandler<Name> } = {
  "email.send": sendEmail,
};

/** Starts a worker for every job, in whichever process runs the workers (web server or `pnpm worker`). */
export async function registerWorkers(queue: JobQueue): Promise<void> {
  for (const name of jobNames) await register(queue, name);
}

function register<Name extends JobName>(queue: JobQueue, name: Name): Promise<void> {
  return queue.work(name, handlers[name]);
}
