import { randomUUID } from "node:crypto";

/** Access-walk inputs for the strategy.conversation procedures (see ../samples.ts). */
export function strategyConversationSamples(_organizationId: string): Record<string, unknown> {
  const nobody = () => randomUUID();
  return {
    "strategy.conversation.follow": { target: "thread", threadId: nobody() },
    "strategy.conversation.unfollow": { target: "jurisdiction", jurisdiction: { state: "GA" } },
    "strategy.conversation.follows": undefined,
    "strategy.conversation.followStatus": { threadId: nobody() },
    "strategy.conversation.notifications": { limit: 5 },
    "strategy.conversation.unreadCount": undefined,
    "strategy.conversation.markRead": { ids: [nobody()] },
    "strategy.conversation.digest": undefined,
    // Each admitted walker sets their own preference to the default: nothing observable changes.
    "strategy.conversation.setDigest": { digest: "none" },
  };
}
