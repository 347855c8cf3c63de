import { eq } from "drizzle-orm";
import type { Executor } from "../client";
import {
  organizationMembers,
  organizations,
  users,
  type AccountState,
  type Locale,
  type MembershipRole,
  type OrganizationKind,
  type OrganizationVerificationState,
  type PlatformRole,
} from "../schema";

/** Factories shared by the demo seed and the tests: each writes one row with sane defaults. */

export interface UserInput {
  email: string;
  name?: string;
  preferredLanguage?: Locale;
  accountState?: AccountState;
  roles?: PlatformRole[];
  application?: string;
}

/** The row createUser writes, for seeds that insert many people in one statement. */
export function userValues(input: UserInput): typeof users.$inferInsert {
  return {
    email: input.email.toLowerCase(),
    name: input.name ?? input.email.split("@")[0],
    preferredLanguage: input.preferredLanguage ?? "en",
    accountState: input.accountState ?? "active",
    roles: input.roles ?? (input.accountState === "pending" ? [] : ["member"]),
    application: input.application,
    emailVerified: new Date("2026-01-01T00:00:00Z"),
  };
}

export async function createUser(db: Executor, input: UserInput) {
  const [user] = await db.insert(users).values(userValues(input)).returning();
  return user!;
}

export interface OrganizationInput {
  name: string;
  slug?: string;
  kind?: OrganizationKind;
  state: string;
  city?: string;
  description?: string;
  website?: string;
  national?: boolean;
  verificationState?: OrganizationVerificationState;
}

export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export async function createOrganization(db: Executor, input: OrganizationInput) {
  const verified = (input.verificationState ?? "verified") === "verified";
  const [organization] = await db
    .insert(organizations)
    .values({
      name: input.name,
      slug: input.slug ?? slugify(input.name),
      kind: input.kind ?? "dv_program",
      state: input.state,
      city: input.city,
      description: input.description,
      website: input.website,
      national: input.national ?? false,
      verificationState: input.verificationState ?? "verified",
      verifiedAt: verified ? new Date("2026-01-15T00:00:00Z") : null,
    })
    .returning();
  return organization!;
}

export async function addMember(
  db: Executor,
  organizationId: string,
  userId: string,
  role: MembershipRole = "member",
) {
  await db.insert(organizationMembers).values({ organizationId, userId, role });
}

export async function findUserByEmail(db: Executor, email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return user;
}
