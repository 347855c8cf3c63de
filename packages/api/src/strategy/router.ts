import { createTRPCRouter } from "../trpc";
import { strategyConversationRouter } from "./conversation/router";
import { strategyModerationRouter } from "./moderation/router";

// Threads and notes live at this level; moderation and conversation (follows, mentions,
// notifications, digests) are sub-routers kept in their own folders.
export const strategyRouter = createTRPCRouter({
  moderation: strategyModerationRouter,
  conversation: strategyConversationRouter,
});
