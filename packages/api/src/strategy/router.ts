import { z } from "zod";
import { adminProcedure, createTRPCRouter, memberProcedure, moderatorProcedure } from "../trpc";
import { createCategory, listCategories, updateCategory } from "./categories";
import {
  addCategoryModerator,
  listCategoryModerators,
  removeCategoryModerator,
} from "./category-moderators";
import { strategyConversationRouter } from "./conversation/router";
import { createThread } from "./create-thread";
import {
  addGroupMember,
  createGroup,
  groupRoster,
  listGroups,
  removeGroupMember,
  setGroupModerator,
} from "./groups";
import {
  addCategoryModeratorInput,
  categoryInput,
  createThreadInput,
  editPostInput,
  groupIdInput,
  groupInput,
  groupMemberInput,
  groupModeratorInput,
  listThreadsInput,
  postIdInput,
  reactInput,
  removeCategoryModeratorInput,
  removeGroupMemberInput,
  replyInput,
  searchInput,
  threadIdInput,
  updateCategoryInput,
} from "./inputs";
import { listThreads } from "./list-threads";
import { strategyModerationRouter } from "./moderation/router";
import { editPost, postRevisions, react, reply } from "./replies";
import { searchThreads } from "./search";
import { getThread } from "./thread-view";

// Threads and notes live at this level; moderation and conversation (follows, mentions,
// notifications, digests) are sub-routers kept in their own folders.
export const strategyRouter = createTRPCRouter({
  moderation: strategyModerationRouter,
  conversation: strategyConversationRouter,

  categories: memberProcedure
    .input(
      z.object({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false }),
    )
    .query(({ ctx, input }) => listCategories(ctx.db, ctx.actor, input.includeArchived)),
  createCategory: adminProcedure
    .input(categoryInput)
    .mutation(({ ctx, input }) => createCategory(ctx.db, ctx.actor, input)),
  updateCategory: adminProcedure
    .input(updateCategoryInput)
    .mutation(({ ctx, input }) => updateCategory(ctx.db, ctx.actor, input)),
  categoryModerators: adminProcedure.query(({ ctx }) => listCategoryModerators(ctx.db)),
  addCategoryModerator: adminProcedure
    .input(addCategoryModeratorInput)
    .mutation(({ ctx, input }) => addCategoryModerator(ctx.db, ctx.actor, input)),
  removeCategoryModerator: adminProcedure
    .input(removeCategoryModeratorInput)
    .mutation(({ ctx, input }) => removeCategoryModerator(ctx.db, ctx.actor, input)),

  list: memberProcedure
    .input(listThreadsInput)
    .query(({ ctx, input }) => listThreads(ctx.db, ctx.actor, input)),
  search: memberProcedure
    .input(searchInput)
    .query(({ ctx, input }) => searchThreads(ctx.db, ctx.actor, input)),
  byId: memberProcedure
    .input(threadIdInput)
    .query(({ ctx, input }) => getThread(ctx.db, ctx.actor, input.threadId)),
  create: memberProcedure
    .input(createThreadInput)
    .mutation(({ ctx, input }) => createThread(ctx.db, ctx.actor, input)),
  reply: memberProcedure
    .input(replyInput)
    .mutation(({ ctx, input }) => reply(ctx.db, ctx.actor, input)),
  edit: memberProcedure
    .input(editPostInput)
    .mutation(({ ctx, input }) => editPost(ctx.db, ctx.actor, input)),
  revisions: memberProcedure
    .input(postIdInput)
    .query(({ ctx, input }) => postRevisions(ctx.db, ctx.actor, input.postId)),
  react: memberProcedure
    .input(reactInput)
    .mutation(({ ctx, input }) => react(ctx.db, ctx.actor, input)),

  groups: memberProcedure.query(({ ctx }) => listGroups(ctx.db, ctx.actor)),
  createGroup: moderatorProcedure
    .input(groupInput)
    .mutation(({ ctx, input }) => createGroup(ctx.db, ctx.actor, input)),
  groupRoster: memberProcedure
    .input(groupIdInput)
    .query(({ ctx, input }) => groupRoster(ctx.db, ctx.actor, input.groupId)),
  addGroupMember: memberProcedure
    .input(groupMemberInput)
    .mutation(({ ctx, input }) => addGroupMember(ctx.db, ctx.actor, input)),
  removeGroupMember: memberProcedure
    .input(removeGroupMemberInput)
    .mutation(({ ctx, input }) => removeGroupMember(ctx.db, ctx.actor, input)),
  setGroupModerator: moderatorProcedure
    .input(groupModeratorInput)
    .mutation(({ ctx, input }) => setGroupModerator(ctx.db, ctx.actor, input)),
});
