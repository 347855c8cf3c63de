import {
  authenticatedProcedure,
  createTRPCRouter,
  memberProcedure,
  orgAdminProcedure,
  publicProcedure,
} from "../trpc";
import {
  acceptInvitation,
  invitationIdInput,
  invitationTokenInput,
  invite,
  inviteInput,
  previewInvitation,
  revokeInvitation,
} from "./invitations";
import { memberRemoveInput, memberRoleInput, removeMember, setMemberRole } from "./members";
import { listMyOrganizations } from "./my-organizations";

export const organizationRouter = createTRPCRouter({
  mine: memberProcedure.query(({ ctx }) => listMyOrganizations(ctx.db, ctx.actor)),
  invite: orgAdminProcedure
    .input(inviteInput)
    .mutation(({ ctx, input }) => invite(ctx.db, ctx.actor, input, { appUrl: ctx.appUrl, locale: ctx.locale })),
  revokeInvitation: orgAdminProcedure
    .input(invitationIdInput)
    .mutation(({ ctx, input }) => revokeInvitation(ctx.db, ctx.actor, input)),
  setMemberRole: orgAdminProcedure
    .input(memberRoleInput)
    .mutation(({ ctx, input }) => setMemberRole(ctx.db, ctx.actor, input)),
  removeMember: orgAdminProcedure
    .input(memberRemoveInput)
    .mutation(({ ctx, input }) => removeMember(ctx.db, ctx.actor, input)),
});

export const invitationRouter = createTRPCRouter({
  preview: publicProcedure.input(invitationTokenInput).query(({ ctx, input }) => previewInvitation(ctx.db, input.token)),
  accept: authenticatedProcedure
    .input(invitationTokenInput)
    .mutation(({ ctx, input }) => acceptInvitation(ctx.db, ctx.actor, input.token)),
});
