import type { Database } from "@puente/db";
import type { DomainWork } from "@puente/jobs";
import { expireForConsent } from "./referrals/expiry";
import { expireOffer, remindOffer } from "./referrals/offer-jobs";
import { sweepReferrals } from "./referrals/sweep";
import { sendStrategyDigests } from "./strategy/conversation/digest";

/**
 * The domain work behind queued jobs, bound to one database. Given to registerWorkers by whichever
 * process runs the workers: the web server (instrumentation.ts), `pnpm worker`, or a test.
 */
export function jobWork(db: Database): DomainWork {
  return {
    referralOffers: {
      expire: (offerId, appUrl) => expireOffer(db, offerId, appUrl),
      remind: (offerId, appUrl) => remindOffer(db, offerId, appUrl),
    },
    referralExpiry: {
      expireForConsent: (referralId, appUrl) => expireForConsent(db, referralId, appUrl),
      sweep: async (appUrl) => {
        await sweepReferrals(db, appUrl);
      },
    },
    strategyDigests: {
      send: async (frequency, appUrl) => {
        await sendStrategyDigests(db, frequency, appUrl);
      },
    },
  };
}
