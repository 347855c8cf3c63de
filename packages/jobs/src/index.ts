export { jobs, jobNames, InvalidJobPayload, type JobName, type JobPayload } from "./jobs";
export {
  createQueue,
  type CreateQueueOptions,
  type JobContext,
  type JobHandler,
  type JobQueue,
  type SendOptions,
} from "./queue";
export { handlers, registerWorkers } from "./workers";
