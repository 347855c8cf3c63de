import { getTranslator } from "@puente/i18n";
import { z } from "zod";
import { attorneyProcedure, createTRPCRouter, memberProcedure, moderatorProcedure } from "../trpc";
import { createReferral } from "./create";
import { attorneyDashboard, networkTotals, organizationDashboard } from "./dashboards";
import { referralDetails } from "./details";
import { logHours } from "./hours";
import { exportHours } from "./hours-export";
import {
  acceptOfferInput,
  closeReferralInput,
  createReferralInput,
  declineOfferInput,
  logHoursInput,
  messageInput,
  offerInput,
  referralIdInput,
  versionedReferralInput,
} from "./inputs";
import { closeReferral, openReferral, revokeConsent, startReferral, withdrawReferral } from "./lifecycle";
import { explainFactors } from "./matching";
import { postMessage } from "./messages";
import { acceptOffer, declineOffer, matchesFor, offerReferral } from "./offers";

/** How many matches a referral page lists, best first. */
const MATCHES_SHOWN = 25;

export const referralRouter = createTRPCRouter({
  create: memberProcedure.input(createReferralInput).mutation(({ ctx, input }) => createReferral(ctx.db, ctx.actor, input, ctx.appUrl)),
  byId: memberProcedure.input(referralIdInput).query(({ ctx, input }) => referralDetails(ctx.db, ctx.actor, input.referralId)),
  matches: memberProcedure.input(referralIdInput).query(async ({ ctx, input }) => {
    const t = getTranslator(ctx.locale);
    const { matches } = await matchesFor(ctx.db, ctx.actor, input.referralId, MATCHES_SHOWN);
    return matches.map((m) => ({ attorneyId: m.attorneyId, name: m.name, score: m.score, factors: explainFactors(m.factors, t) }));
  }),
  open: memberProcedure.input(versionedReferralInput).mutation(({ ctx, input }) => openReferral(ctx.db, ctx.actor, input, ctx.appUrl)),
  offer: memberProcedure.input(offerInput).mutation(({ ctx, input }) => offerReferral(ctx.db, ctx.actor, input, ctx.appUrl)),
  accept: attorneyProcedure.input(acceptOfferInput).mutation(({ ctx, input }) => acceptOffer(ctx.db, ctx.actor, input, ctx.appUrl)),
  decline: attorneyProcedure.input(declineOfferInput).mutation(({ ctx, input }) => declineOffer(ctx.db, ctx.actor, input, ctx.appUrl)),
  start: attorneyProcedure.input(versionedReferralInput).mutation(({ ctx, input }) => startReferral(ctx.db, ctx.actor, input)),
  close: memberProcedure.input(closeReferralInput).mutation(({ ctx, input }) => closeReferral(ctx.db, ctx.actor, input, ctx.appUrl)),
  withdraw: memberProcedure.input(versionedReferralInput).mutation(({ ctx, input }) => withdrawReferral(ctx.db, ctx.actor, input, ctx.appUrl)),
  revokeConsent: memberProcedure
    .input(versionedReferralInput)
    .mutation(({ ctx, input }) => revokeConsent(ctx.db, ctx.actor, input, ctx.appUrl)),
  postMessage: memberProcedure.input(messageInput).mutation(({ ctx, input }) => postMessage(ctx.db, ctx.actor, input, ctx.appUrl)),
  logHours: attorneyProcedure.input(logHoursInput).mutation(({ ctx, input }) => logHours(ctx.db, ctx.actor, input)),
  organizationDashboard: memberProcedure
    .input(z.object({ organizationId: z.uuid() }))
    .query(({ ctx, input }) => organizationDashboard(ctx.db, ctx.actor, input.organizationId)),
  attorneyDashboard: attorneyProcedure.query(({ ctx }) => attorneyDashboard(ctx.db, ctx.actor)),
  networkTotals: moderatorProcedure.query(({ ctx }) => networkTotals(ctx.db)),
  hoursCsv: memberProcedure
    .input(z.object({ organizationId: z.uuid().optional() }))
    .query(({ ctx, input }) => exportHours(ctx.db, ctx.actor, input, ctx.locale)),
});
