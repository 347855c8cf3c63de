import { createTRPCRouter } from "../trpc";

export const attorneyRouter = createTRPCRouter({});
