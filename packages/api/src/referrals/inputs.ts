import {
  caseTypes,
  OFFER_HOURS,
  REFERRAL_SUMMARY_MAX,
  referralConsentScopes,
  referralDeclineReasons,
  referralMeetingModes,
  referralOutcomes,
  referralStatuses,
} from "@puente/db/schema";
import { countyByFips, stateByCode } from "@puente/geo";
import { z } from "zod";

/** Messages are catalog keys (referrals.errors.… or errors.validation.…), translated where errors leave the API. */

const isoDate = z.iso.date({ error: "referrals.errors.dateFormat" });

const consentInput = z
  .object({
    givenOn: isoDate,
    scope: z.enum(referralConsentScopes, { error: "errors.validation.choice" }),
    expiresOn: isoDate.optional(),
  })
  .optional();

export const createReferralInput = z
  .object({
    organizationId: z.uuid(),
    caseTypes: z
      .array(z.enum(caseTypes, { error: "referrals.errors.unknownCaseType" }))
      .min(1, { error: "referrals.errors.caseTypeRequired" })
      .max(caseTypes.length),
    stateCode: z
      .string()
      .trim()
      .toUpperCase()
      .refine((code) => stateByCode(code) !== undefined, { error: "referrals.errors.unknownState" }),
    countyFips: z
      .string()
      .trim()
      .regex(/^\d{5}$/, { error: "referrals.errors.unknownCounty" })
      .optional(),
    languageCode: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z]{2,3}$/, { error: "referrals.errors.unknownLanguage" }),
    interpreterAvailable: z.boolean().default(false),
    detained: z.boolean().default(false),
    hearingDate: isoDate.optional(),
    filingDeadline: isoDate.optional(),
    meetingMode: z.enum(referralMeetingModes, { error: "errors.validation.choice" }).default("either"),
    summary: z.string().trim().min(1).max(REFERRAL_SUMMARY_MAX),
    offerHours: z.number().int().min(OFFER_HOURS.min).max(OFFER_HOURS.max).default(OFFER_HOURS.default),
    /** Required: the domain refuses a referral without it (referrals.errors.consentMissing). */
    consent: consentInput,
    /** Open for matching at once, or keep as a draft. */
    open: z.boolean().default(true),
  })
  // A county must lie in the chosen state: a jurisdiction that does not exist is refused.
  .refine((input) => !input.countyFips || countyByFips(input.countyFips)?.stateCode === input.stateCode, {
    error: "referrals.errors.unknownCounty",
    path: ["countyFips"],
  });
export type CreateReferralInput = z.infer<typeof createReferralInput>;

export const referralIdInput = z.object({ referralId: z.uuid() });

/** A change made from a form carries the version the form was rendered with: a stale form acts once. */
export const versionedReferralInput = referralIdInput.extend({ expectedVersion: z.number().int().min(0) });

export const offerInput = versionedReferralInput.extend({
  /** Omitted: offer to the best match and move down the list on decline or expiry. */
  attorneyId: z.uuid().optional(),
  downTheList: z.boolean().default(false),
});

export const offerIdInput = z.object({ offerId: z.uuid() });

export const acceptOfferInput = offerIdInput.extend({
  conflictCheckConfirmed: z.literal(true, { error: "referrals.errors.conflictCheckRequired" }),
});

export const declineOfferInput = offerIdInput.extend({
  reason: z.enum(referralDeclineReasons, { error: "errors.validation.choice" }),
  note: z.string().trim().max(500).optional(),
});

export const closeReferralInput = versionedReferralInput.extend({
  outcome: z.enum(referralOutcomes, { error: "errors.validation.choice" }),
});

export const messageInput = referralIdInput.extend({ body: z.string().trim().min(1).max(2000) });

export const logHoursInput = referralIdInput.extend({
  workedOn: isoDate,
  hours: z.number().positive().max(24).multipleOf(0.25, { error: "referrals.errors.hoursStep" }),
  note: z.string().trim().max(300).optional(),
});

export const listReferralsInput = z.object({
  organizationId: z.uuid(),
  status: z.enum(referralStatuses).optional(),
});
