import type { SignedInActor } from "@puente/auth/actor";
import { queryRows, type Database, type Executor } from "@puente/db";
import { categoryModerators, strategyCategories } from "@puente/db/schema";
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { notFound } from "../errors";
import { activeMemberByEmail } from "./groups";
import type { addCategoryModeratorInput, removeCategoryModeratorInput } from "./inputs";
import { logModeration } from "./moderation/log";

/** Every topic's own moderators, for the administrators' topics page. */
export async function listCategoryModerators(db: Executor) {
  return queryRows<{ categoryId: string; userId: string; name: string | null; email: string }>(
    db,
    sql`SELECT cm.category_id::text AS "categoryId", u.id::text AS "userId", u.name, u.email
        FROM category_moderators cm JOIN users u ON u.id = cm.user_id
        ORDER BY coalesce(u.name, u.email)`,
  );
}

async function assertCategoryExists(db: Executor, categoryId: string) {
  const [category] = await db
    .select({ id: strategyCategories.id })
    .from(strategyCategories)
    .where(eq(strategyCategories.id, categoryId));
  if (!category) throw notFound();
}

/**
 * Administrators name a topic's own moderators (a vetted person, by email), who then moderate the
 * topic's network-wide threads. Naming someone twice changes and logs nothing.
 */
export async function addCategoryModerator(
  db: Database,
  actor: SignedInActor,
  input: z.infer<typeof addCategoryModeratorInput>,
) {
  await assertCategoryExists(db, input.categoryId);
  return db.transaction(async (tx) => {
    const userId = await activeMemberByEmail(tx, input.email);
    const named = await tx
      .insert(categoryModerators)
      .values({ categoryId: input.categoryId, userId })
      .onConflictDoNothing()
      .returning({ userId: categoryModerators.userId });
    if (named.length > 0)
      await logModeration(tx, {
        moderatorId: actor.userId,
        action: "add_category_moderator",
        targetKind: "category",
        targetId: input.categoryId,
        subjectUserId: userId,
        reason: input.reason,
      });
    return { userId };
  });
}

export async function removeCategoryModerator(
  db: Database,
  actor: SignedInActor,
  input: z.infer<typeof removeCategoryModeratorInput>,
) {
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(categoryModerators)
      .where(
        and(
          eq(categoryModerators.categoryId, input.categoryId),
          eq(categoryModerators.userId, input.userId),
        ),
      )
      .returning({ userId: categoryModerators.userId });
    if (removed.length === 0) throw notFound();
    await logModeration(tx, {
      moderatorId: actor.userId,
      action: "remove_category_moderator",
      targetKind: "category",
      targetId: input.categoryId,
      subjectUserId: input.userId,
      reason: input.reason,
    });
    return { userId: input.userId };
  });
}
