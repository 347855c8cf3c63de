import { randomUUID } from "node:crypto";

/**
 * Access-walk inputs for the strategy.moderation procedures (see ../samples.ts). Ids name
 * nothing, so admitted callers get a domain answer (not found, not a moderator) and nothing is
 * written.
 */
export function strategyModerationSamples(_organizationId: string): Record<string, unknown> {
  const nobody = () => randomUUID();
  return {
    "strategy.moderation.scope": undefined,
    "strategy.moderation.flag": { postId: nobody(), reason: "spam" },
    "strategy.moderation.queue": { kind: "all" },
    "strategy.moderation.review": { postId: nobody(), decision: "approve" },
    "strategy.moderation.lock": { threadId: nobody(), on: true },
    "strategy.moderation.pin": { threadId: nobody(), on: true },
    "strategy.moderation.move": { threadId: nobody(), categoryId: nobody() },
    "strategy.moderation.merge": { threadId: nobody(), intoThreadId: nobody() },
    "strategy.moderation.editTags": { threadId: nobody(), jurisdictions: [{ state: "GA" }] },
    "strategy.moderation.sanction": { userId: nobody(), kind: "warn", reason: "Access walk" },
    "strategy.moderation.liftSanction": { sanctionId: nobody() },
    "strategy.moderation.sanctions": { userId: nobody() },
    "strategy.moderation.myStanding": undefined,
    "strategy.moderation.log": { limit: 5 },
    "strategy.moderation.settings": undefined,
    // The current default: an admin's walk writes the value the database already behaves by.
    "strategy.moderation.setFlagThreshold": { flagThreshold: 3 },
  };
}
