import { adminRouter } from "./admin/router";
import { attorneyRouter } from "./attorneys/router";
import { directoryRouter } from "./directory/router";
import { invitationRouter, organizationRouter } from "./organizations/router";
import { profileRouter } from "./profile/router";
import { referralRouter } from "./referrals/router";
import { strategyRouter } from "./strategy/router";
import { createTRPCRouter } from "./trpc";
import { vettingRouter } from "./vetting/router";

export const appRouter = createTRPCRouter({
  profile: profileRouter,
  organization: organizationRouter,
  invitation: invitationRouter,
  vetting: vettingRouter,
  admin: adminRouter,
  directory: directoryRouter,
  attorney: attorneyRouter,
  referral: referralRouter,
  strategy: strategyRouter,
});

export type AppRouter = typeof appRouter;
