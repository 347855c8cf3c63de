import { pgEnum } from "drizzle-orm/pg-core";

/** Enforcement programs a strategy thread can be tagged with (DESIGN.md, 287(g) models and more). */
export const enforcementPrograms = [
  "287g_jail_enforcement",
  "287g_task_force",
  "287g_warrant_service_officer",
  "secure_communities",
  "detainers",
  "other",
] as const;
export type EnforcementProgram = (typeof enforcementPrograms)[number];
export const enforcementProgramEnum = pgEnum("enforcement_program", enforcementPrograms);

/** Who the advocates met or worked with. */
export const strategyCounterparts = [
  "sheriff",
  "police",
  "ice_field_office",
  "jail",
  "prosecutor",
  "court",
  "city_council",
  "community",
  "other",
] as const;
export type StrategyCounterpart = (typeof strategyCounterparts)[number];
export const strategyCounterpartEnum = pgEnum("strategy_counterpart", strategyCounterparts);

export const strategyOutcomes = ["worked", "mixed", "did_not_work", "too_early"] as const;
export type StrategyOutcome = (typeof strategyOutcomes)[number];
export const strategyOutcomeEnum = pgEnum("strategy_outcome", strategyOutcomes);

export const strategyVisibilities = ["network", "group"] as const;
export type StrategyVisibility = (typeof strategyVisibilities)[number];
export const strategyVisibilityEnum = pgEnum("strategy_visibility", strategyVisibilities);

export const strategyThreadStatuses = [
  "pending_review",
  "published",
  "rejected",
  "hidden",
] as const;
export type StrategyThreadStatus = (typeof strategyThreadStatuses)[number];
export const strategyThreadStatusEnum = pgEnum("strategy_thread_status", strategyThreadStatuses);

export const strategyPostStatuses = ["pending_review", "published", "hidden", "rejected"] as const;
export type StrategyPostStatus = (typeof strategyPostStatuses)[number];
export const strategyPostStatusEnum = pgEnum("strategy_post_status", strategyPostStatuses);

export const strategyReactionKinds = ["helpful", "tried_too"] as const;
export type StrategyReactionKind = (typeof strategyReactionKinds)[number];
export const strategyReactionKindEnum = pgEnum("strategy_reaction_kind", strategyReactionKinds);

export const strategyFlagReasons = [
  "identifies_survivor",
  "off_topic",
  "harmful",
  "spam",
  "other",
] as const;
export type StrategyFlagReason = (typeof strategyFlagReasons)[number];
export const strategyFlagReasonEnum = pgEnum("strategy_flag_reason", strategyFlagReasons);

export const strategyModerationActions = [
  "approve",
  "reject",
  "hide",
  "restore",
  "lock",
  "unlock",
  "pin",
  "unpin",
  "move",
  "merge",
  "edit_tags",
  "edit_post",
  "warn",
  "silence",
  "suspend",
  "lift_sanction",
  "add_group_member",
  "remove_group_member",
  "add_group_moderator",
  "remove_group_moderator",
  "add_category_moderator",
  "remove_category_moderator",
  "set_flag_threshold",
  "other",
] as const;
export type StrategyModerationAction = (typeof strategyModerationActions)[number];
export const strategyModerationActionEnum = pgEnum(
  "strategy_moderation_action",
  strategyModerationActions,
);

export const strategyModerationTargets = [
  "post",
  "thread",
  "user",
  "group",
  "category",
  "settings",
] as const;
export type StrategyModerationTarget = (typeof strategyModerationTargets)[number];
export const strategyModerationTargetEnum = pgEnum(
  "strategy_moderation_target",
  strategyModerationTargets,
);

export const memberSanctionKinds = ["warn", "silence", "suspend"] as const;
export type MemberSanctionKind = (typeof memberSanctionKinds)[number];
export const memberSanctionKindEnum = pgEnum("member_sanction_kind", memberSanctionKinds);

export const strategyFollowTargets = ["thread", "category", "jurisdiction"] as const;
export type StrategyFollowTarget = (typeof strategyFollowTargets)[number];
export const strategyFollowTargetEnum = pgEnum("strategy_follow_target", strategyFollowTargets);

export const strategyNotificationKinds = [
  "reply",
  "quote",
  "mention",
  "followed_thread",
  "followed_category",
  "followed_jurisdiction",
  "post_approved",
  "post_rejected",
  "post_hidden",
  "post_restored",
  "thread_moved",
  "thread_merged",
  "sanction",
] as const;
export type StrategyNotificationKind = (typeof strategyNotificationKinds)[number];
export const strategyNotificationKindEnum = pgEnum(
  "strategy_notification_kind",
  strategyNotificationKinds,
);

export const strategyDigestFrequencies = ["none", "daily", "weekly"] as const;
export type StrategyDigestFrequency = (typeof strategyDigestFrequencies)[number];
export const strategyDigestFrequencyEnum = pgEnum(
  "strategy_digest_frequency",
  strategyDigestFrequencies,
);
