import { attorneyProcedure, authenticatedProcedure, createTRPCRouter, memberProcedure, moderatorProcedure } from "../trpc";
import { setAvailability } from "./availability";
import { attorneyIdInput, availabilityInput, barAdmissionIdInput, profileInput, rejectInput, rosterInput } from "./inputs";
import { attorneyById, readOwnProfile } from "./read-profile";
import { approveAttorney, attorneyApplications, decideOnBarAdmission, rejectAttorney } from "./review";
import { searchRoster } from "./roster";
import { saveProfile } from "./save-profile";

export const attorneyRouter = createTRPCRouter({
  /** Any signed-in person may apply ("apply" is a name tRPC reserves); the application waits for a moderator. */
  submitApplication: authenticatedProcedure
    .input(profileInput)
    .mutation(({ ctx, input }) => saveProfile(ctx.db, ctx.actor, input, "apply")),
  updateProfile: authenticatedProcedure
    .input(profileInput)
    .mutation(({ ctx, input }) => saveProfile(ctx.db, ctx.actor, input, "update")),
  mine: authenticatedProcedure.query(({ ctx }) => readOwnProfile(ctx.db, ctx.actor.userId)),
  byId: memberProcedure.input(attorneyIdInput).query(({ ctx, input }) => attorneyById(ctx.db, ctx.actor, input.userId)),
  search: memberProcedure.input(rosterInput).query(({ ctx, input }) => searchRoster(ctx.db, ctx.actor, input)),
  setAvailability: attorneyProcedure
    .input(availabilityInput)
    .mutation(({ ctx, input }) => setAvailability(ctx.db, ctx.actor, input)),
  applications: moderatorProcedure.query(({ ctx }) => attorneyApplications(ctx.db)),
  verifyBarAdmission: moderatorProcedure
    .input(barAdmissionIdInput)
    .mutation(({ ctx, input }) => decideOnBarAdmission(ctx.db, ctx.actor, input.admissionId, "verified")),
  rejectBarAdmission: moderatorProcedure
    .input(barAdmissionIdInput)
    .mutation(({ ctx, input }) => decideOnBarAdmission(ctx.db, ctx.actor, input.admissionId, "rejected")),
  approve: moderatorProcedure
    .input(attorneyIdInput)
    .mutation(({ ctx, input }) => approveAttorney(ctx.db, ctx.actor, input.userId)),
  reject: moderatorProcedure
    .input(rejectInput)
    .mutation(({ ctx, input }) => rejectAttorney(ctx.db, ctx.actor, input.userId, input.reason)),
});
