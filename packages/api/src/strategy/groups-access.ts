import type { SignedInActor } from "@puente/auth/actor";
import { queryRows, type Executor } from "@puente/db";
import { sql } from "drizzle-orm";
import { notFound, PuenteError } from "../errors";
import { isPlatformModerator } from "./visibility";

/** Whether the actor belongs to or moderates the group (platform moderators count as moderators). */
export async function groupRole(
  db: Executor,
  actor: SignedInActor,
  groupId: string,
): Promise<{ exists: boolean; member: boolean; moderator: boolean }> {
  const [row] = await queryRows<{ archived: boolean; member: boolean; moderator: boolean }>(
    db,
    sql`SELECT g.archived,
          EXISTS (SELECT 1 FROM group_members m WHERE m.group_id = g.id AND m.user_id = ${actor.userId}) AS member,
          EXISTS (SELECT 1 FROM group_moderators d WHERE d.group_id = g.id AND d.user_id = ${actor.userId}) AS moderator
        FROM strategy_groups g WHERE g.id = ${groupId}`,
  );
  if (!row) return { exists: false, member: false, moderator: false };
  const moderator = row.moderator || isPlatformModerator(actor);
  return { exists: true, member: row.member || moderator, moderator };
}

/** Posting to a group: its members and moderators only. */
export async function assertGroupMember(db: Executor, actor: SignedInActor, groupId: string) {
  const role = await groupRole(db, actor, groupId);
  if (!role.exists) throw notFound();
  if (!role.member) throw new PuenteError("FORBIDDEN", "strategy.errors.notInGroup");
}

/** Managing a group's membership: its moderators and platform moderators. */
export async function assertGroupModerator(db: Executor, actor: SignedInActor, groupId: string) {
  const role = await groupRole(db, actor, groupId);
  if (!role.exists) throw notFound();
  if (!role.moderator) throw new PuenteError("FORBIDDEN", "strategy.errors.notGroupModerator");
}
