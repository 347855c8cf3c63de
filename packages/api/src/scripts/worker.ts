import { runWorkerProcess } from "@puente/jobs/runtime";
import { jobWork } from "../job-work";

/**
 * `pnpm worker`. The entry point is here, not in @puente/jobs, because the worker needs the
 * domain work (referral offers lapse and move on) and @puente/jobs cannot depend on this package.
 */
runWorkerProcess(jobWork).catch((error: unknown) => {
  console.error("Job worker failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
