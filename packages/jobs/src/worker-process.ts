import type { Database } from "@puente/db/client";
import { getDatabase } from "@puente/db/runtime";
import { env } from "./env";
import { jobNames } from "./jobs";
import { createQueue } from "./queue";
import { registerWorkers, type DomainWork } from "./workers";

/**
 * `pnpm worker`: processes jobs in a process of its own, for PostgreSQL deployments that set
 * JOBS_IN_PROCESS=false on their web servers. Several may run at once; pg-boss hands each job to one.
 * The entry point lives in @puente/api (src/scripts/worker.ts), which supplies the domain work.
 */
export async function runWorkerProcess(domainWork: (db: Database) => DomainWork): Promise<void> {
  if (!env.DATABASE_URL) {
    // Opening the embedded database beside a running web server would corrupt it.
    console.error(
      "pnpm worker needs PostgreSQL (DATABASE_URL). On the embedded database the web server runs the jobs.",
    );
    process.exit(1);
  }
  const handle = await getDatabase();
  const queue = await createQueue(handle);
  await registerWorkers(queue, domainWork(handle.db));
  console.log(`Job worker running on PostgreSQL: ${jobNames.join(", ")}. Ctrl+C stops it.`);

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log("Stopping: waiting for running jobs …");
    await queue.stop();
    await handle.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}
