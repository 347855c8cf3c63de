import { isOrganizationAdmin, type SignedInActor } from "@puente/auth/actor";
import { and, asc, eq, gt, inArray, isNull } from "drizzle-orm";
import type { Database } from "@puente/db";
import { invitations, organizationMembers, organizations, users } from "@puente/db/schema";

/**
 * The organizations a person belongs to, each with its members; admins also see the invitations
 * still waiting. Emails of members are member-class data: only fellow members see them.
 */
export async function listMyOrganizations(db: Database, actor: SignedInActor) {
  const ids = actor.memberships.map((m) => m.organizationId);
  if (ids.length === 0) return [];
  const orgs = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      kind: organizations.kind,
      city: organizations.city,
      state: organizations.state,
      verificationState: organizations.verificationState,
    })
    .from(organizations)
    .where(inArray(organizations.id, ids))
    .orderBy(asc(organizations.name));
  const members = await db
    .select({
      organizationId: organizationMembers.organizationId,
      userId: users.id,
      name: users.name,
      email: users.email,
      role: organizationMembers.role,
      since: organizationMembers.createdAt,
    })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(inArray(organizationMembers.organizationId, ids))
    .orderBy(asc(users.name));
  const adminOf = ids.filter((id) => isOrganizationAdmin(actor, id));
  const waiting =
    adminOf.length === 0
      ? []
      : await db
          .select({
            id: invitations.id,
            organizationId: invitations.organizationId,
            email: invitations.email,
            role: invitations.role,
            expiresAt: invitations.expiresAt,
          })
          .from(invitations)
          .where(
            and(
              inArray(invitations.organizationId, adminOf),
              isNull(invitations.acceptedAt),
              isNull(invitations.revokedAt),
              gt(invitations.expiresAt, new Date()),
            ),
          )
          .orderBy(asc(invitations.createdAt));
  return orgs.map((org) => ({
    ...org,
    isAdmin: adminOf.includes(org.id),
    members: members.filter((m) => m.organizationId === org.id),
    invitations: waiting.filter((i) => i.organizationId === org.id),
  }));
}
