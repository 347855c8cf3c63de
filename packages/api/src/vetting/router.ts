import { createTRPCRouter, moderatorProcedure } from "../trpc";
import { decideOnOrganization, decideOnPerson, organizationDecisionInput, personInput } from "./decisions";
import { vettingQueue } from "./queue";

export const vettingRouter = createTRPCRouter({
  queue: moderatorProcedure.query(({ ctx }) => vettingQueue(ctx.db)),
  approvePerson: moderatorProcedure
    .input(personInput)
    .mutation(({ ctx, input }) => decideOnPerson(ctx.db, ctx.actor, input.userId, "approve")),
  suspendPerson: moderatorProcedure
    .input(personInput)
    .mutation(({ ctx, input }) => decideOnPerson(ctx.db, ctx.actor, input.userId, "suspend")),
  reinstatePerson: moderatorProcedure
    .input(personInput)
    .mutation(({ ctx, input }) => decideOnPerson(ctx.db, ctx.actor, input.userId, "reinstate")),
  verifyOrganization: moderatorProcedure
    .input(organizationDecisionInput)
    .mutation(({ ctx, input }) => decideOnOrganization(ctx.db, ctx.actor, input.organizationId, true)),
  rejectOrganization: moderatorProcedure
    .input(organizationDecisionInput)
    .mutation(({ ctx, input }) => decideOnOrganization(ctx.db, ctx.actor, input.organizationId, false)),
});
