import { adminProcedure, createTRPCRouter, memberProcedure, moderatorProcedure } from "../../trpc";
import { flagInput, flagPost } from "./flags";
import { logInput, moderationLog } from "./log-list";
import { queueInput, reviewQueue } from "./review-queue";
import { reviewInput, reviewPost } from "./review";
import { liftInput, liftSanction, memberInput, myStanding, sanctionInput, sanctionMember, sanctionsOf } from "./sanctions";
import { moderationScope } from "./scope";
import {
  flagThreshold,
  flagThresholdInput,
  MAX_FLAG_THRESHOLD,
  MIN_FLAG_THRESHOLD,
  setFlagThreshold,
} from "./settings";
import {
  editTagsInput,
  editThreadTags,
  mergeInput,
  mergeThread,
  moveInput,
  moveThread,
  setThreadFlag,
  toggleInput,
} from "./thread-actions";

/**
 * Moderation of strategy threads. Most procedures are member-tier because category and group
 * moderators are members: the domain functions check the actor's scope (scope.ts) on every call.
 */
export const strategyModerationRouter = createTRPCRouter({
  scope: memberProcedure.query(({ ctx }) => moderationScope(ctx.db, ctx.actor)),
  flag: memberProcedure.input(flagInput).mutation(({ ctx, input }) => flagPost(ctx.db, ctx.actor, input)),
  queue: memberProcedure.input(queueInput).query(({ ctx, input }) => reviewQueue(ctx.db, ctx.actor, input)),
  review: memberProcedure.input(reviewInput).mutation(({ ctx, input }) => reviewPost(ctx.db, ctx.actor, input)),
  lock: memberProcedure.input(toggleInput).mutation(({ ctx, input }) => setThreadFlag(ctx.db, ctx.actor, "locked", input)),
  pin: memberProcedure.input(toggleInput).mutation(({ ctx, input }) => setThreadFlag(ctx.db, ctx.actor, "pinned", input)),
  move: memberProcedure.input(moveInput).mutation(({ ctx, input }) => moveThread(ctx.db, ctx.actor, input)),
  merge: memberProcedure.input(mergeInput).mutation(({ ctx, input }) => mergeThread(ctx.db, ctx.actor, input)),
  editTags: memberProcedure.input(editTagsInput).mutation(({ ctx, input }) => editThreadTags(ctx.db, ctx.actor, input)),
  sanction: memberProcedure.input(sanctionInput).mutation(({ ctx, input }) => sanctionMember(ctx.db, ctx.actor, input)),
  liftSanction: memberProcedure.input(liftInput).mutation(({ ctx, input }) => liftSanction(ctx.db, ctx.actor, input)),
  sanctions: memberProcedure.input(memberInput).query(({ ctx, input }) => sanctionsOf(ctx.db, ctx.actor, input.userId)),
  myStanding: memberProcedure.query(({ ctx }) => myStanding(ctx.db, ctx.actor)),
  log: memberProcedure.input(logInput).query(({ ctx, input }) => moderationLog(ctx.db, ctx.actor, input)),
  // The range goes with the value so the settings page's field states the same limits as the input.
  settings: moderatorProcedure.query(async ({ ctx }) => ({
    flagThreshold: await flagThreshold(ctx.db),
    min: MIN_FLAG_THRESHOLD,
    max: MAX_FLAG_THRESHOLD,
  })),
  setFlagThreshold: adminProcedure.input(flagThresholdInput).mutation(({ ctx, input }) => setFlagThreshold(ctx.db, ctx.actor, input)),
});
