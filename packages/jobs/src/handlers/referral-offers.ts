import type { JobHandler } from "../queue";

/**
 * The domain work behind the referral offer jobs. It lives in @puente/api (which queues these
 * jobs, so it depends on this package); this package must not depend back on it. So the work is a
 * port: the process that runs the workers (web server or `pnpm worker`) passes an implementation
 * bound to its database to registerWorkers — see docs/architecture.md, "Referral offers on the queue".
 */
export interface ReferralOfferWork {
  /** Lapses the offer if it is still live and due; moves down the list if asked. Idempotent. */
  expire(offerId: string, appUrl: string): Promise<void>;
  /** Reminds the attorney if the offer is still live. Idempotent enough: at most one extra email. */
  remind(offerId: string, appUrl: string): Promise<void>;
}

export function referralOfferHandlers(work: ReferralOfferWork): {
  "referral.offer.expire": JobHandler<"referral.offer.expire">;
  "referral.offer.remind": JobHandler<"referral.offer.remind">;
} {
  return {
    "referral.offer.expire": ({ offerId, appUrl }) => work.expire(offerId, appUrl),
    "referral.offer.remind": ({ offerId, appUrl }) => work.remind(offerId, appUrl),
  };
}
