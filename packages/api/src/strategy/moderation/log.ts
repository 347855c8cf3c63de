import type { Executor } from "@puente/db";
import { strategyModerationLog, type StrategyModerationAction } from "@puente/db/schema";
import { recordAudit } from "../../audit/record-audit";

const auditSubjects = { post: "strategy_post", thread: "strategy_thread", user: "user" } as const;

/**
 * One moderation step: a moderation-log row (what moderators read) and an audit row (what
 * administrators read), written in the caller's transaction so they land with the change.
 * `moderatorId` is null when Puente acted by itself (flags hid a post).
 */
export async function logModeration(
  tx: Executor,
  entry: {
    moderatorId: string | null;
    action: StrategyModerationAction;
    targetKind: keyof typeof auditSubjects;
    targetId: string;
    reason: string;
    details?: Record<string, unknown>;
  },
) {
  await tx.insert(strategyModerationLog).values({
    moderatorId: entry.moderatorId,
    action: entry.action,
    targetKind: entry.targetKind,
    targetId: entry.targetId,
    reason: entry.reason,
  });
  await recordAudit(tx, {
    actorId: entry.moderatorId,
    action: "strategy.moderated",
    subjectType: auditSubjects[entry.targetKind],
    subjectId: entry.targetId,
    details: { action: entry.action, reason: entry.reason, ...entry.details },
  });
}
