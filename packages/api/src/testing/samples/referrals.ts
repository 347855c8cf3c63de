import { randomUUID } from "node:crypto";

/**
 * Access-walk inputs for the referrals procedures (see ../samples.ts). Every referral id names
 * nothing, so admitted callers get NOT_FOUND; `create` is valid, so members of the demo program
 * create a referral and everyone else gets the domain's "not a member".
 */
export function referralSamples(organizationId: string): Record<string, unknown> {
  const nobody = () => randomUUID();
  const versioned = () => ({ referralId: nobody(), expectedVersion: 0 });
  return {
    "referral.create": {
      organizationId,
      caseTypes: ["u_visa"],
      stateCode: "GA",
      countyFips: "13121",
      languageCode: "es",
      summary: "Survivor of domestic violence seeks help with a U visa certification request.",
      consent: { givenOn: "2026-01-05", scope: "share_with_matched_attorneys" },
    },
    "referral.byId": { referralId: nobody() },
    "referral.matches": { referralId: nobody() },
    "referral.open": versioned(),
    "referral.offer": { ...versioned(), downTheList: true },
    "referral.accept": { offerId: nobody(), conflictCheckConfirmed: true },
    "referral.decline": { offerId: nobody(), reason: "capacity" },
    "referral.start": versioned(),
    "referral.close": { ...versioned(), outcome: "advice_only" },
    "referral.withdraw": versioned(),
    "referral.revokeConsent": versioned(),
    "referral.postMessage": { referralId: nobody(), body: "Following up on the intake." },
    "referral.logHours": { referralId: nobody(), workedOn: "2026-01-06", hours: 1.5 },
    "referral.organizationDashboard": { organizationId },
    "referral.attorneyDashboard": undefined,
    "referral.networkTotals": undefined,
    "referral.hoursCsv": { organizationId },
  };
}
