import type { Executor } from "@puente/db";
import { strategyModerationLog, type StrategyModerationAction } from "@puente/db/schema";
import { recordAudit } from "../../audit/record-audit";

const auditSubjects = {
  post: "strategy_post",
  thread: "strategy_thread",
  user: "user",
  group: "strategy_group",
  category: "strategy_category",
  settings: "strategy_settings",
} as const;

type LogEntry = {
  moderatorId: string | null;
  action: StrategyModerationAction;
  reason: string;
  /** The person a group or category change was about (added, removed, named moderator). */
  subjectUserId?: string;
  /** What the log's words need beyond the action (a setting's old and new value). */
  details?: Record<string, unknown>;
} & (
  | { targetKind: Exclude<keyof typeof auditSubjects, "settings">; targetId: string }
  // The settings are one row with no id; the audit names the setting instead.
  | { targetKind: "settings"; targetId?: undefined; setting: string }
);

/**
 * One moderation step: a moderation-log row (what moderators read) and an audit row (what
 * administrators read), written in the caller's transaction so they land with the change.
 * `moderatorId` is null when Puente acted by itself (flags hid a post).
 */
export async function logModeration(tx: Executor, entry: LogEntry) {
  const details = entry.details ?? {};
  await tx.insert(strategyModerationLog).values({
    moderatorId: entry.moderatorId,
    action: entry.action,
    targetKind: entry.targetKind,
    targetId: entry.targetId ?? null,
    subjectUserId: entry.subjectUserId ?? null,
    reason: entry.reason,
    details,
  });
  await recordAudit(tx, {
    actorId: entry.moderatorId,
    action: "strategy.moderated",
    subjectType: auditSubjects[entry.targetKind],
    subjectId: entry.targetKind === "settings" ? entry.setting : entry.targetId,
    details: {
      action: entry.action,
      reason: entry.reason,
      ...(entry.subjectUserId ? { subjectUserId: entry.subjectUserId } : {}),
      ...details,
    },
  });
}
