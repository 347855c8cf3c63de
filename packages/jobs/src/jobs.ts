import { locales } from "@puente/i18n";
import type { QueueOptions } from "pg-boss";
import { z } from "zod";

/**
 * Every job the app can queue, in one place: its name, the zod schema of its payload (checked
 * when a job is sent and again when a worker receives it, since rows can outlive a deploy), and
 * the pg-boss queue options that decide retries, expiry and how long finished rows are kept.
 */
interface JobDefinition<Payload extends z.ZodType> {
  payload: Payload;
  queue: QueueOptions;
}

function defineJob<Payload extends z.ZodType>(
  definition: JobDefinition<Payload>,
): JobDefinition<Payload> {
  return definition;
}

/** Offer jobs are idempotent (they re-check the offer in a transaction), so retries are safe. */
const referralOfferJob = z.object({ offerId: z.uuid(), appUrl: z.url() });
const referralOfferQueue: QueueOptions = { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 60 };

export const jobs = {
  "email.send": defineJob({
    payload: z.object({
      to: z.email(),
      subject: z.string().min(1).max(300),
      text: z.string(),
      html: z.string(),
      language: z.enum(locales),
    }),
    queue: {
      // SMTP outages are usually short: 30 s, 1 min, 2 min … capped at 30 min, six attempts in all.
      retryLimit: 5,
      retryDelay: 30,
      retryBackoff: true,
      retryDelayMax: 30 * 60,
      expireInSeconds: 2 * 60,
      // Payloads hold sign-in and invitation links: keep finished rows one hour, not pg-boss's
      // default week, and drop mail still unsent after a day (its links have expired by then).
      deleteAfterSeconds: 60 * 60,
      retentionSeconds: 24 * 60 * 60,
    },
  }),
  // Offer lapses and reminders: domain work, done by packages/api/src/referrals (handlers/referral-offers.ts).
  // appUrl: the origin for links in the emails the work sends (the request that made the offer knew it).
  "referral.offer.expire": defineJob({ payload: referralOfferJob, queue: referralOfferQueue }),
  "referral.offer.remind": defineJob({ payload: referralOfferJob, queue: referralOfferQueue }),
  // A referral not yet accepted expires when the survivor's consent ends: queued at that moment when the
  // referral opens (referrals/expiry.ts). The sweep (cron, and once at every worker start) catches what a job
  // missed: offers past their time and consents that ended, e.g. rows written without a queue (the demo seed).
  "referral.consent.expire": defineJob({
    payload: z.object({ referralId: z.uuid(), appUrl: z.url() }),
    queue: referralOfferQueue,
  }),
  "referral.sweep": defineJob({
    payload: z.object({ appUrl: z.url() }),
    queue: { retryLimit: 2, retryDelay: 60, expireInSeconds: 10 * 60 },
  }),
  // Strategy digests: domain work in packages/api/src/strategy/conversation (handlers/strategy-digest.ts),
  // queued by a cron schedule per frequency; each recipient is marked sent in the transaction that queues their email.
  "strategy.digest": defineJob({
    payload: z.object({ frequency: z.enum(["daily", "weekly"]), appUrl: z.url() }),
    queue: { retryLimit: 3, retryDelay: 60, expireInSeconds: 30 * 60 },
  }),
} as const;

export type JobName = keyof typeof jobs;
export type JobPayload<Name extends JobName> = z.infer<(typeof jobs)[Name]["payload"]>;
export const jobNames = Object.keys(jobs) as JobName[];

export class InvalidJobPayload extends Error {
  constructor(
    readonly job: string,
    /** Paths of the offending fields only: values may be personal data and never reach a log. */
    readonly fields: string[],
  ) {
    super(`Invalid payload for job "${job}" (fields: ${fields.join(", ") || "(root)"}).`);
    this.name = "InvalidJobPayload";
  }
}

export function parsePayload<Name extends JobName>(name: Name, data: unknown): JobPayload<Name> {
  const result = jobs[name].payload.safeParse(data);
  if (!result.success)
    throw new InvalidJobPayload(
      name,
      result.error.issues.map((issue) => issue.path.join(".")),
    );
  return result.data as JobPayload<Name>;
}
