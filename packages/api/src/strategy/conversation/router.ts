import { createTRPCRouter } from "../../trpc";

export const strategyConversationRouter = createTRPCRouter({});
