import { sql } from "drizzle-orm";
import { bigint, check, date, index, numeric, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "../columns";
import { users } from "../users";
import { referralEventKindEnum, referralStatusEnum } from "./enums";
import { referralOffers } from "./offers";
import { referrals } from "./referrals";

/**
 * The timeline: every transition with who made it (null: the job queue) and when. Written in the
 * same transaction as the change it records.
 */
export const referralEvents = pgTable(
  "referral_events",
  {
    id: id(),
    referralId: uuid()
      .notNull()
      .references(() => referrals.id, { onDelete: "cascade" }),
    kind: referralEventKindEnum().notNull(),
    fromStatus: referralStatusEnum(),
    toStatus: referralStatusEnum().notNull(),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    offerId: uuid().references(() => referralOffers.id, { onDelete: "set null" }),
    note: text(),
    createdAt: createdAt(),
    /** Several events of one transaction share its timestamp; this keeps them in the order they happened. */
    seq: bigint({ mode: "number" }).generatedAlwaysAsIdentity(),
  },
  (t) => [index().on(t.referralId, t.seq)],
);

/** The private thread between the referring organization and the attorney; identifier-checked. */
export const referralMessages = pgTable(
  "referral_messages",
  {
    id: id(),
    referralId: uuid()
      .notNull()
      .references(() => referrals.id, { onDelete: "cascade" }),
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.referralId, t.createdAt), check("referral_messages_length", sql`char_length(${t.body}) between 1 and 2000`)],
);

/** Pro bono hours an attorney logged on a referral. */
export const referralHours = pgTable(
  "referral_hours",
  {
    id: id(),
    referralId: uuid()
      .notNull()
      .references(() => referrals.id, { onDelete: "cascade" }),
    attorneyId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    workedOn: date({ mode: "string" }).notNull(),
    hours: numeric({ precision: 5, scale: 2 }).notNull(),
    note: text(),
    createdAt: createdAt(),
  },
  (t) => [
    index().on(t.referralId),
    index().on(t.attorneyId, t.workedOn),
    check("referral_hours_range", sql`${t.hours} > 0 and ${t.hours} <= 24`),
  ],
);
