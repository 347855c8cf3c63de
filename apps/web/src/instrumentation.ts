/**
 * Runs once when the server starts. The job queue (email and other background work) lives in the
 * server process: on the embedded database it cannot live anywhere else, since PGlite admits one
 * process per data folder; on PostgreSQL, JOBS_IN_PROCESS=false leaves the work to `pnpm worker`.
 */
export async function register(): Promise<void> {
  // NEXT_RUNTIME and NEXT_PHASE are set by Next itself, not configuration: the first guard keeps the
  // queue out of the edge bundle, the second keeps `next build`'s prerender workers off the database.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startInProcessJobs } = await import("@puente/jobs/runtime");
  // Domain work for jobs such as lapsing referral offers (@puente/jobs cannot import @puente/api).
  const { jobWork } = await import("@puente/api");
  // Not awaited: the server answers requests while the queue starts; jobs sent meanwhile wait for it.
  startInProcessJobs(jobWork).catch((error: unknown) => {
    console.error(
      "[jobs] The job queue did not start:",
      error instanceof Error ? error.message : error,
    );
  });
}
