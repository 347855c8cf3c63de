import { hasRole, type SignedInActor } from "@puente/auth/actor";
import { queryRows, type Executor } from "@puente/db";
import { sql, type SQL } from "drizzle-orm";
import { PuenteError } from "../../errors";

/**
 * Where an actor may moderate. National moderators (platform role moderator, and admins) act
 * everywhere. A category moderator acts on the network-wide threads of that category; a group
 * moderator on the threads of that group. A category moderator does not reach the group threads
 * filed in the category: a group's threads are for its members and its own moderators.
 */
export interface ModerationScope {
  userId: string;
  national: boolean;
  categoryIds: string[];
  groupIds: string[];
}

/** Platform moderators and admins (a plain boolean: hasRole's type guard would narrow the actor). */
export function isNationalModerator(actor: SignedInActor): boolean {
  return hasRole(actor, "moderator");
}

export async function moderationScope(db: Executor, actor: SignedInActor): Promise<ModerationScope> {
  if (isNationalModerator(actor)) return { userId: actor.userId, national: true, categoryIds: [], groupIds: [] };
  const rows = await queryRows<{ kind: "category" | "group"; id: string }>(
    db,
    sql`SELECT 'category'::text AS kind, category_id::text AS id FROM category_moderators WHERE user_id = ${actor.userId}
        UNION ALL
        SELECT 'group'::text, gm.group_id::text FROM group_moderators gm
          JOIN strategy_groups g ON g.id = gm.group_id AND NOT g.archived
        WHERE gm.user_id = ${actor.userId}`,
  );
  return {
    userId: actor.userId,
    national: false,
    categoryIds: rows.filter((r) => r.kind === "category").map((r) => r.id),
    groupIds: rows.filter((r) => r.kind === "group").map((r) => r.id),
  };
}

export function moderatesAnything(scope: ModerationScope): boolean {
  return scope.national || scope.categoryIds.length > 0 || scope.groupIds.length > 0;
}

/** Refuses members who moderate nothing (the procedures are member-tier so scoped moderators get in). */
export function assertModerator(scope: ModerationScope): void {
  if (!moderatesAnything(scope)) throw new PuenteError("FORBIDDEN", "strategyModeration.errors.notModerator");
}

export function threadInScope(scope: ModerationScope, thread: { categoryId: string; groupId: string | null }): boolean {
  if (scope.national) return true;
  if (thread.groupId) return scope.groupIds.includes(thread.groupId);
  return scope.categoryIds.includes(thread.categoryId);
}

export function assertThreadInScope(scope: ModerationScope, thread: { categoryId: string; groupId: string | null }) {
  if (!threadInScope(scope, thread)) throw new PuenteError("FORBIDDEN", "strategyModeration.errors.outOfScope");
}

/** `IN (…)` items for a list of ids (a NULL that matches nothing when the list is empty). */
export const uuidList = (ids: string[]) =>
  ids.length ? sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `) : sql`NULL::uuid`;

/** The same rule as SQL over strategy_threads aliased `t`, for lists (queue, log). */
export function scopeCondition(scope: ModerationScope): SQL {
  if (scope.national) return sql`true`;
  return sql`((t.group_id IS NULL AND t.category_id IN (${uuidList(scope.categoryIds)}))
           OR t.group_id IN (${uuidList(scope.groupIds)}))`;
}
