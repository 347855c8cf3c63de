export { jobs, jobNames, InvalidJobPayload, type JobName, type JobPayload } from "./jobs";
export {
  createQueue,
  type CreateQueueOptions,
  type JobContext,
  type JobHandler,
  type JobQueue,
  type SendOptions,
} from "./queue";
export { handlersFor, registerWorkers, type DomainWork } from "./workers";
export type { ReferralOfferWork } from "./handlers/referral-offers";
export type { ReferralExpiryWork } from "./handlers/referral-expiry";
export { queueOn } from "./queue-registry";
