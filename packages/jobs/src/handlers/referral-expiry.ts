import { env } from "../env";
import type { JobHandler, JobQueue } from "../queue";

/**
 * The domain work behind referral expiry and the referral sweep, supplied by @puente/api (a port,
 * like the offers: this package must not depend on the API).
 */
export interface ReferralExpiryWork {
  /** Expires the referral if it still waits for an attorney and its consent has ended. Idempotent. */
  expireForConsent(referralId: string, appUrl: string): Promise<void>;
  /** Lapses every overdue offer and expires every waiting referral whose consent has ended. Idempotent. */
  sweep(appUrl: string): Promise<void>;
}

export function referralExpiryHandlers(work: ReferralExpiryWork): {
  "referral.consent.expire": JobHandler<"referral.consent.expire">;
  "referral.sweep": JobHandler<"referral.sweep">;
} {
  return {
    "referral.consent.expire": ({ referralId, appUrl }) => work.expireForConsent(referralId, appUrl),
    "referral.sweep": ({ appUrl }) => work.sweep(appUrl),
  };
}

/** Every five minutes the sweep, plus one run now: a worker that was down finds what fell due meanwhile. */
export async function scheduleReferralSweep(queue: JobQueue): Promise<void> {
  await queue.schedule("referral.sweep", "*/5 * * * *", { appUrl: env.APP_URL }, { key: "every-5-minutes" });
  await queue.send("referral.sweep", { appUrl: env.APP_URL });
}
