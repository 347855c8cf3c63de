import { createTRPCRouter } from "../../trpc";

export const strategyModerationRouter = createTRPCRouter({});
