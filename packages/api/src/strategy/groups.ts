import type { SignedInActor } from "@puente/auth/actor";
import { queryRows, type Database, type Executor } from "@puente/db";
import { groupMembers, groupModerators, strategyGroups, users } from "@puente/db/schema";
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { notFound, PuenteError } from "../errors";
import { isPlatformModerator } from "./visibility";
import { assertGroupModerator } from "./groups-access";
import type {
  groupInput,
  groupMemberInput,
  groupModeratorInput,
  removeGroupMemberInput,
} from "./inputs";
import { logModeration } from "./moderation/log";

/**
 * Groups the reader belongs to or moderates (platform moderators: all of them), with the reader's
 * role, for the new-thread form and the groups page.
 */
export async function listGroups(db: Executor, actor: SignedInActor) {
  const everyGroup = isPlatformModerator(actor);
  return queryRows<{
    id: string;
    name: string;
    description: string;
    members: number;
    member: boolean;
    moderator: boolean;
  }>(
    db,
    sql`SELECT g.id::text AS id, g.name, g.description,
          (SELECT count(*)::int FROM group_members m WHERE m.group_id = g.id) AS members,
          EXISTS (SELECT 1 FROM group_members m WHERE m.group_id = g.id AND m.user_id = ${actor.userId}) AS member,
          (${everyGroup} OR EXISTS (SELECT 1 FROM group_moderators d WHERE d.group_id = g.id AND d.user_id = ${actor.userId})) AS moderator
        FROM strategy_groups g
        WHERE NOT g.archived AND (${everyGroup}
          OR EXISTS (SELECT 1 FROM group_members m WHERE m.group_id = g.id AND m.user_id = ${actor.userId})
          OR EXISTS (SELECT 1 FROM group_moderators d WHERE d.group_id = g.id AND d.user_id = ${actor.userId}))
        ORDER BY g.name`,
  );
}

/** Platform moderators create groups. */
export async function createGroup(
  db: Database,
  actor: SignedInActor,
  input: z.infer<typeof groupInput>,
) {
  const [row] = await db
    .insert(strategyGroups)
    .values({ ...input, createdById: actor.userId })
    .returning({ id: strategyGroups.id });
  return { id: row!.id };
}

/** Members and moderators of a group, for its moderators. */
export async function groupRoster(db: Executor, actor: SignedInActor, groupId: string) {
  await assertGroupModerator(db, actor, groupId);
  const [group] = await db.select().from(strategyGroups).where(eq(strategyGroups.id, groupId));
  const people = await queryRows<{
    userId: string;
    name: string | null;
    email: string;
    moderator: boolean;
  }>(
    db,
    sql`SELECT u.id::text AS "userId", u.name, u.email, bool_or(r.moderator) AS moderator
        FROM (SELECT user_id, false AS moderator FROM group_members WHERE group_id = ${groupId}
              UNION ALL SELECT user_id, true FROM group_moderators WHERE group_id = ${groupId}) r
        JOIN users u ON u.id = r.user_id
        GROUP BY u.id, u.name, u.email ORDER BY coalesce(u.name, u.email)`,
  );
  return { group: { id: group!.id, name: group!.name, description: group!.description }, people };
}

/** The vetted person with this email, or a refusal a moderator can act on. */
export async function activeMemberByEmail(db: Executor, email: string) {
  const [person] = await db
    .select({ id: users.id, state: users.accountState })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  if (!person || person.state !== "active")
    throw new PuenteError("BAD_REQUEST", "strategy.errors.noSuchMember");
  return person.id;
}

function logGroupChange(
  tx: Executor,
  actor: SignedInActor,
  action: "add_group_member" | "remove_group_member" | "add_group_moderator" | "remove_group_moderator",
  input: { groupId: string; reason: string },
  subjectUserId: string,
) {
  return logModeration(tx, {
    moderatorId: actor.userId,
    action,
    targetKind: "group",
    targetId: input.groupId,
    subjectUserId,
    reason: input.reason,
  });
}

/** Adds a vetted person, found by email, to a group; adding a member twice logs nothing. */
export async function addGroupMember(
  db: Database,
  actor: SignedInActor,
  input: z.infer<typeof groupMemberInput>,
) {
  await assertGroupModerator(db, actor, input.groupId);
  return db.transaction(async (tx) => {
    const userId = await activeMemberByEmail(tx, input.email);
    const added = await tx
      .insert(groupMembers)
      .values({ groupId: input.groupId, userId, addedById: actor.userId })
      .onConflictDoNothing()
      .returning({ userId: groupMembers.userId });
    if (added.length > 0) await logGroupChange(tx, actor, "add_group_member", input, userId);
    return { userId };
  });
}

export async function removeGroupMember(
  db: Database,
  actor: SignedInActor,
  input: z.infer<typeof removeGroupMemberInput>,
) {
  await assertGroupModerator(db, actor, input.groupId);
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(groupMembers)
      .where(and(eq(groupMembers.groupId, input.groupId), eq(groupMembers.userId, input.userId)))
      .returning({ userId: groupMembers.userId });
    if (removed.length === 0) throw notFound();
    await logGroupChange(tx, actor, "remove_group_member", input, input.userId);
    return { userId: input.userId };
  });
}

/**
 * Platform moderators name a group's own moderators (who then manage its membership). A
 * moderator who steps down stays in the group as a member: losing a role should not also cut
 * them off from the group's threads. Only a real change is logged.
 */
export async function setGroupModerator(
  db: Database,
  actor: SignedInActor,
  input: z.infer<typeof groupModeratorInput>,
) {
  const [group] = await db
    .select({ id: strategyGroups.id })
    .from(strategyGroups)
    .where(eq(strategyGroups.id, input.groupId));
  if (!group) throw notFound();
  return db.transaction(async (tx) => {
    if (input.on) {
      const [person] = await tx
        .select({ state: users.accountState })
        .from(users)
        .where(eq(users.id, input.userId));
      if (!person || person.state !== "active")
        throw new PuenteError("BAD_REQUEST", "strategy.errors.noSuchMember");
      const named = await tx
        .insert(groupModerators)
        .values({ groupId: input.groupId, userId: input.userId })
        .onConflictDoNothing()
        .returning({ userId: groupModerators.userId });
      if (named.length > 0) await logGroupChange(tx, actor, "add_group_moderator", input, input.userId);
    } else {
      const removed = await tx
        .delete(groupModerators)
        .where(
          and(eq(groupModerators.groupId, input.groupId), eq(groupModerators.userId, input.userId)),
        )
        .returning({ userId: groupModerators.userId });
      if (removed.length === 0) throw notFound();
      await tx
        .insert(groupMembers)
        .values({ groupId: input.groupId, userId: input.userId, addedById: actor.userId })
        .onConflictDoNothing();
      await logGroupChange(tx, actor, "remove_group_moderator", input, input.userId);
    }
    return { groupId: input.groupId, userId: input.userId, moderator: input.on };
  });
}
