import { z } from "zod";
import { createTRPCRouter, memberProcedure } from "../../trpc";
import { follow, followInput, followStatus, myFollows, unfollow } from "./follows";
import { listNotifications, listNotificationsInput, markRead, markReadInput, unreadCount } from "./notifications";
import { digestInput, digestPreference, setDigestPreference } from "./preferences";

/** Follows, the notification center and the digest preference: every vetted member, for themselves. */
export const strategyConversationRouter = createTRPCRouter({
  follow: memberProcedure.input(followInput).mutation(({ ctx, input }) => follow(ctx.db, ctx.actor, input)),
  unfollow: memberProcedure.input(followInput).mutation(({ ctx, input }) => unfollow(ctx.db, ctx.actor, input)),
  follows: memberProcedure.query(({ ctx }) => myFollows(ctx.db, ctx.actor)),
  followStatus: memberProcedure
    .input(z.object({ threadId: z.uuid() }))
    .query(({ ctx, input }) => followStatus(ctx.db, ctx.actor, input.threadId)),
  notifications: memberProcedure
    .input(listNotificationsInput)
    .query(({ ctx, input }) => listNotifications(ctx.db, ctx.actor, input)),
  unreadCount: memberProcedure.query(({ ctx }) => unreadCount(ctx.db, ctx.actor)),
  markRead: memberProcedure.input(markReadInput).mutation(({ ctx, input }) => markRead(ctx.db, ctx.actor, input)),
  digest: memberProcedure.query(({ ctx }) => digestPreference(ctx.db, ctx.actor)),
  setDigest: memberProcedure.input(digestInput).mutation(({ ctx, input }) => setDigestPreference(ctx.db, ctx.actor, input)),
});
