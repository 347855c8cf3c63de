import { pgEnum } from "drizzle-orm/pg-core";

/**
 * A referral's life: draft → open → offered → accepted → in_progress → closed, or withdrawn /
 * expired. The legal moves between them live in @puente/api (referrals/state-machine.ts); the
 * table's check constraints make the states that can never be legal impossible to store.
 */
export const referralStatuses = [
  "draft",
  "open",
  "offered",
  "accepted",
  "in_progress",
  "closed",
  "withdrawn",
  "expired",
] as const;
export type ReferralStatus = (typeof referralStatuses)[number];
export const referralStatusEnum = pgEnum("referral_status", referralStatuses);

/** Recorded when a referral is closed. */
export const referralOutcomes = [
  "represented_or_filed",
  "advice_only",
  "referred_elsewhere",
  "not_eligible",
  "no_contact",
  "withdrawn",
] as const;
export type ReferralOutcome = (typeof referralOutcomes)[number];
export const referralOutcomeEnum = pgEnum("referral_outcome", referralOutcomes);

/** Whether the survivor can meet the attorney in person, only remotely, or either way. */
export const referralMeetingModes = ["in_person", "remote", "either"] as const;
export type ReferralMeetingMode = (typeof referralMeetingModes)[number];
export const referralMeetingModeEnum = pgEnum("referral_meeting_mode", referralMeetingModes);

/** What the survivor agreed to, as the advocate recorded it. */
export const referralConsentScopes = ["share_with_matched_attorneys", "share_with_one_attorney"] as const;
export type ReferralConsentScope = (typeof referralConsentScopes)[number];
export const referralConsentScopeEnum = pgEnum("referral_consent_scope", referralConsentScopes);

/** offered → accepted | declined | expired | withdrawn; only "offered" is live. */
export const referralOfferStates = ["offered", "accepted", "declined", "expired", "withdrawn"] as const;
export type ReferralOfferState = (typeof referralOfferStates)[number];
export const referralOfferStateEnum = pgEnum("referral_offer_state", referralOfferStates);

export const referralDeclineReasons = ["capacity", "practice_area", "conflict", "location", "language", "other"] as const;
export type ReferralDeclineReason = (typeof referralDeclineReasons)[number];
export const referralDeclineReasonEnum = pgEnum("referral_decline_reason", referralDeclineReasons);

/** What a timeline entry records. */
export const referralEventKinds = [
  "created",
  "opened",
  "offered",
  "offer_accepted",
  "offer_declined",
  "offer_expired",
  "offer_withdrawn",
  "started",
  "closed",
  "withdrawn",
  "expired",
  "consent_revoked",
] as const;
export type ReferralEventKind = (typeof referralEventKinds)[number];
export const referralEventKindEnum = pgEnum("referral_event_kind", referralEventKinds);
