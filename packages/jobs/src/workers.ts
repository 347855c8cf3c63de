import { sendEmail } from "./handlers/email-send";
import { referralExpiryHandlers, scheduleReferralSweep, type ReferralExpiryWork } from "./handlers/referral-expiry";
import { referralOfferHandlers, type ReferralOfferWork } from "./handlers/referral-offers";
import { scheduleStrategyDigests, strategyDigestHandlers, type StrategyDigestWork } from "./handlers/strategy-digest";
import { jobNames, type JobName } from "./jobs";
import type { JobHandler, JobQueue } from "./queue";

/**
 * Work that belongs to a domain package which itself queues jobs (and so depends on this one):
 * the process that runs the workers supplies it, bound to its database (@puente/api's `jobWork`).
 */
export interface DomainWork {
  referralOffers: ReferralOfferWork;
  referralExpiry: ReferralExpiryWork;
  strategyDigests: StrategyDigestWork;
}

/** One handler per declared job: adding a job to jobs.ts without a handler fails the typecheck. */
export function handlersFor(domain: DomainWork): { [Name in JobName]: JobHandler<Name> } {
  return {
    "email.send": sendEmail,
    ...referralOfferHandlers(domain.referralOffers),
    ...referralExpiryHandlers(domain.referralExpiry),
    ...strategyDigestHandlers(domain.strategyDigests),
  };
}

/** Starts a worker for every job, in whichever process runs the workers (web server or `pnpm worker`). */
export async function registerWorkers(queue: JobQueue, domain: DomainWork): Promise<void> {
  const handlers = handlersFor(domain);
  for (const name of jobNames) await register(queue, name, handlers[name]);
  await scheduleStrategyDigests(queue);
  await scheduleReferralSweep(queue);
}

function register<Name extends JobName>(queue: JobQueue, name: Name, handler: JobHandler<Name>): Promise<void> {
  return queue.work(name, handler);
}
