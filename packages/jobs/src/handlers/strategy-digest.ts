import { env } from "../env";
import type { JobHandler, JobQueue } from "../queue";

/**
 * The domain work behind the strategy digest job, supplied by @puente/api (a port, like the
 * referral offers: this package must not depend on the API).
 */
export interface StrategyDigestWork {
  send(frequency: "daily" | "weekly", appUrl: string): Promise<void>;
}

export function strategyDigestHandlers(work: StrategyDigestWork): { "strategy.digest": JobHandler<"strategy.digest"> } {
  return { "strategy.digest": ({ frequency, appUrl }) => work.send(frequency, appUrl) };
}

/**
 * Daily digests at 07:00 UTC, weekly ones on Mondays at 07:00 UTC. pg-boss keeps one schedule per
 * name and key, so every worker process may call this at start.
 */
export async function scheduleStrategyDigests(queue: JobQueue): Promise<void> {
  await queue.schedule("strategy.digest", "0 7 * * *", { frequency: "daily", appUrl: env.APP_URL }, { key: "daily" });
  await queue.schedule("strategy.digest", "0 7 * * 1", { frequency: "weekly", appUrl: env.APP_URL }, { key: "weekly" });
}
