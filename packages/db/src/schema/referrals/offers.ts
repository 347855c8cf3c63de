import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id } from "../columns";
import { users } from "../users";
import { referralDeclineReasonEnum, referralOfferStateEnum } from "./enums";
import { referrals } from "./referrals";

/**
 * An offer of a referral to one attorney. The partial unique indexes make the two races the
 * domain guards against impossible to store even if a transaction slipped: a referral has at most
 * one live offer and at most one accepted offer.
 */
export const referralOffers = pgTable(
  "referral_offers",
  {
    id: id(),
    referralId: uuid()
      .notNull()
      .references(() => referrals.id, { onDelete: "cascade" }),
    attorneyId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    offeredById: uuid().references(() => users.id, { onDelete: "set null" }),
    offeredAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    state: referralOfferStateEnum().notNull().default("offered"),
    declineReason: referralDeclineReasonEnum(),
    declineNote: text(),
    conflictCheckConfirmedAt: timestamp({ withTimezone: true, mode: "date" }),
    respondedAt: timestamp({ withTimezone: true, mode: "date" }),
    /** On decline or expiry the referral moves on to the next match by itself. */
    downTheList: boolean().notNull().default(false),
    /** The attorney's place in the ranked matches when offered (1 = best), for the record. */
    rank: integer(),
  },
  (t) => [
    uniqueIndex("referral_offers_one_live").on(t.referralId).where(sql`${t.state} = 'offered'`),
    uniqueIndex("referral_offers_one_accepted").on(t.referralId).where(sql`${t.state} = 'accepted'`),
    // An attorney is offered a referral once: a decline or a lapse is their answer.
    unique("referral_offers_once_per_attorney").on(t.referralId, t.attorneyId),
    index().on(t.attorneyId, t.state),
    index().on(t.attorneyId, t.offeredAt),
    check("referral_offers_expiry_after_offer", sql`${t.expiresAt} > ${t.offeredAt}`),
    check("referral_offers_decline_has_reason", sql`(${t.state} = 'declined') = (${t.declineReason} is not null)`),
    check(
      "referral_offers_accept_after_conflict_check",
      sql`${t.state} <> 'accepted' or ${t.conflictCheckConfirmedAt} is not null`,
    ),
    check(
      "referral_offers_answer_has_time",
      sql`${t.state} not in ('accepted', 'declined') or ${t.respondedAt} is not null`,
    ),
  ],
);
