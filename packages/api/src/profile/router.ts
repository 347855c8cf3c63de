import { authenticatedProcedure, createTRPCRouter } from "../trpc";
import { getOwnProfile, profileUpdateInput, signOutEverywhere, updateOwnProfile } from "./profile";

export const profileRouter = createTRPCRouter({
  me: authenticatedProcedure.query(({ ctx }) => getOwnProfile(ctx.db, ctx.actor)),
  update: authenticatedProcedure
    .input(profileUpdateInput)
    .mutation(({ ctx, input }) => updateOwnProfile(ctx.db, ctx.actor, input)),
  signOutEverywhere: authenticatedProcedure.mutation(({ ctx }) => signOutEverywhere(ctx.db, ctx.actor)),
});
