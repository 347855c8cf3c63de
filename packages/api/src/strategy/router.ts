import { createTRPCRouter } from "../trpc";

export const strategyRouter = createTRPCRouter({});
