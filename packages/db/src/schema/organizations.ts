import { relations, sql } from "drizzle-orm";
import {
  boolean,
  char,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { membershipRoleEnum, organizationKindEnum, organizationVerificationEnum } from "./enums";
import { users } from "./users";

export const organizations = pgTable(
  "organizations",
  {
    id: id(),
    name: text().notNull(),
    slug: text().notNull().unique(),
    kind: organizationKindEnum().notNull(),
    description: text(),
    website: text(),
    city: text(),
    /** Two-letter USPS code (50 states, DC and territories). */
    state: char({ length: 2 }).notNull(),
    // Directory listing (HSDS organization plus Puente's additions).
    alternateName: text(),
    email: text(),
    yearIncorporated: integer(),
    legalStatus: text(),
    populations: text().array().notNull().default(sql`'{}'`),
    acceptsReferrals: boolean().notNull().default(false),
    /** When a moderator last confirmed the listing (HSDS assured_date). */
    assuredDate: date({ mode: "string" }),
    /** National organizations' staff act as moderators of the network. */
    national: boolean().notNull().default(false),
    verificationState: organizationVerificationEnum().notNull().default("unverified"),
    verifiedAt: timestamp({ withTimezone: true, mode: "date" }),
    verifiedById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.state), index().on(t.verificationState)],
);

export const organizationMembers = pgTable(
  "organization_members",
  {
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: membershipRoleEnum().notNull().default("member"),
    /** The organization admin who vouched for this person, when one did. */
    vouchedById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId] }), index().on(t.userId)],
);

/**
 * An organization admin's invitation, which is also their vouch. Only a hash of the token is
 * stored, so a database reader cannot accept an invitation.
 */
export const invitations = pgTable(
  "invitations",
  {
    id: id(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    email: text().notNull(),
    role: membershipRoleEnum().notNull().default("member"),
    tokenHash: text().notNull().unique(),
    invitedById: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    acceptedAt: timestamp({ withTimezone: true, mode: "date" }),
    acceptedById: uuid().references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp({ withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.organizationId), index().on(t.email)],
);

export const organizationsRelations = relations(organizations, ({ many }) => ({
  members: many(organizationMembers),
  invitations: many(invitations),
}));

export const organizationMembersRelations = relations(organizationMembers, ({ one }) => ({
  organization: one(organizations, {
    fields: [organizationMembers.organizationId],
    references: [organizations.id],
  }),
  user: one(users, { fields: [organizationMembers.userId], references: [users.id] }),
}));

export const invitationsRelations = relations(invitations, ({ one }) => ({
  organization: one(organizations, {
    fields: [invitations.organizationId],
    references: [organizations.id],
  }),
}));
