import { eq } from "drizzle-orm";
import type { Executor } from "@puente/db";
import {
  organizationMembers,
  users,
  type AccountState,
  type Locale,
  type MembershipRole,
  type PlatformRole,
} from "@puente/db/schema";

/** Who is asking. Every domain function receives one and decides from it alone. */
export type Actor = Visitor | SignedInActor;

export interface Visitor {
  kind: "visitor";
}

export interface SignedInActor {
  kind: "user";
  userId: string;
  email: string;
  name: string | null;
  state: AccountState;
  roles: PlatformRole[];
  preferredLanguage: Locale;
  memberships: Array<{ organizationId: string; role: MembershipRole }>;
}

export const visitor: Visitor = { kind: "visitor" };

export async function loadActor(db: Executor, userId: string): Promise<Actor> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) return visitor;
  const memberships = await db
    .select({ organizationId: organizationMembers.organizationId, role: organizationMembers.role })
    .from(organizationMembers)
    .where(eq(organizationMembers.userId, userId));
  return {
    kind: "user",
    userId: user.id,
    email: user.email,
    name: user.name,
    state: user.accountState,
    roles: user.roles,
    preferredLanguage: user.preferredLanguage,
    memberships,
  };
}

export function isSignedIn(actor: Actor): actor is SignedInActor {
  return actor.kind === "user";
}

/** Vetted = active. Pending and suspended people see only public content. */
export function isVetted(actor: Actor): actor is SignedInActor {
  return actor.kind === "user" && actor.state === "active";
}

export function hasRole(actor: Actor, role: PlatformRole): actor is SignedInActor {
  if (!isVetted(actor)) return false;
  // Administrators can do everything moderators can (DESIGN.md, roles).
  if (role === "moderator" && actor.roles.includes("admin")) return true;
  return actor.roles.includes(role);
}

export function isMember(actor: Actor): actor is SignedInActor {
  return isVetted(actor) && (actor.roles.length > 0 || actor.memberships.length > 0);
}

export function isOrganizationAdmin(actor: Actor, organizationId: string): boolean {
  if (!isVetted(actor)) return false;
  if (actor.roles.includes("admin")) return true;
  return actor.memberships.some((m) => m.organizationId === organizationId && m.role === "admin");
}
