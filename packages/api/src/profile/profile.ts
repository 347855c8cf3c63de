import type { SignedInActor } from "@puente/auth/actor";
import { eq, type Database } from "@puente/db";
import { organizationMembers, organizations, sessions, users } from "@puente/db/schema";
import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { notFound } from "../errors";

export const profileUpdateInput = z.object({
  name: z.string().trim().min(1).max(100),
  preferredLanguage: z.enum(["en", "es"]),
  application: z.string().trim().max(2000).optional(),
});

/** What a person sees of themselves: their own row plus their organizations. */
export async function getOwnProfile(db: Database, actor: SignedInActor) {
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      preferredLanguage: users.preferredLanguage,
      accountState: users.accountState,
      roles: users.roles,
      application: users.application,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, actor.userId));
  if (!user) throw notFound();
  const memberships = await db
    .select({
      organizationId: organizations.id,
      name: organizations.name,
      role: organizationMembers.role,
    })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(eq(organizationMembers.userId, actor.userId))
    .orderBy(organizations.name);
  return { ...user, memberships };
}

export async function updateOwnProfile(
  db: Database,
  actor: SignedInActor,
  input: z.infer<typeof profileUpdateInput>,
) {
  await db
    .update(users)
    .set({
      name: input.name,
      preferredLanguage: input.preferredLanguage,
      // Only people waiting for approval write an application; afterwards it is kept as it was.
      ...(actor.state === "pending" && input.application !== undefined
        ? { application: input.application }
        : {}),
    })
    .where(eq(users.id, actor.userId));
  return getOwnProfile(db, actor);
}

/** Ends every session of this person, on every device. */
export async function signOutEverywhere(db: Database, actor: SignedInActor) {
  return db.transaction(async (tx) => {
    const ended = await tx.delete(sessions).where(eq(sessions.userId, actor.userId)).returning();
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "sessions.revoked_all",
      subjectType: "user",
      subjectId: actor.userId,
      details: { sessions: ended.length },
    });
    return { ended: ended.length };
  });
}
