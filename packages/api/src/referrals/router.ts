import { createTRPCRouter } from "../trpc";

export const referralRouter = createTRPCRouter({});
