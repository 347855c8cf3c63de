import type { SignedInActor } from "@puente/auth/actor";
import { queryRows, type Database, type Executor } from "@puente/db";
import { strategyCategories } from "@puente/db/schema";
import { eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { notFound, PuenteError } from "../errors";
import type { categoryInput, updateCategoryInput } from "./inputs";
import { logModeration } from "./moderation/log";
import { threadVisible } from "./visibility";

/** Categories in their order, with how many threads the reader can see in each. */
export async function listCategories(db: Executor, actor: SignedInActor, includeArchived: boolean) {
  return queryRows<{
    id: string;
    slug: string;
    name: string;
    nameEs: string;
    description: string;
    descriptionEs: string;
    position: number;
    archived: boolean;
    threads: number;
  }>(
    db,
    sql`SELECT c.id::text AS id, c.slug, c.name, c.name_es AS "nameEs", c.description,
          c.description_es AS "descriptionEs", c.position::int AS position, c.archived,
          (SELECT count(*)::int FROM strategy_threads t WHERE t.category_id = c.id AND ${threadVisible(actor)}) AS threads
        FROM strategy_categories c
        WHERE ${includeArchived ? sql`true` : sql`NOT c.archived`}
        ORDER BY c.position, c.name`,
  );
}

async function assertSlugFree(db: Executor, slug: string, exceptId?: string) {
  const [taken] = await db
    .select({ id: strategyCategories.id })
    .from(strategyCategories)
    .where(eq(strategyCategories.slug, slug));
  if (taken && taken.id !== exceptId)
    throw new PuenteError("CONFLICT", "strategy.errors.slugTaken");
}

/** Admins add topics; the moderation log records who and when. */
export async function createCategory(
  db: Database,
  actor: SignedInActor,
  input: z.infer<typeof categoryInput>,
) {
  return db.transaction(async (tx) => {
    await assertSlugFree(tx, input.slug);
    const [row] = await tx
      .insert(strategyCategories)
      .values(input)
      .returning({ id: strategyCategories.id });
    await logModeration(tx, {
      moderatorId: actor.userId,
      action: "other",
      targetKind: "category",
      targetId: row!.id,
      reason: "",
      details: { change: "created", slug: input.slug },
    });
    return { id: row!.id };
  });
}

/** Renames, reorders or archives a topic (archived topics keep their threads but take no new ones). */
export async function updateCategory(
  db: Database,
  actor: SignedInActor,
  input: z.infer<typeof updateCategoryInput>,
) {
  const { categoryId, ...values } = input;
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(strategyCategories)
      .where(eq(strategyCategories.id, categoryId));
    if (!existing) throw notFound();
    await assertSlugFree(tx, values.slug, categoryId);
    await tx.update(strategyCategories).set(values).where(eq(strategyCategories.id, categoryId));
    await logModeration(tx, {
      moderatorId: actor.userId,
      action: "other",
      targetKind: "category",
      targetId: categoryId,
      reason: "",
      // The log page words the change in the reader's language (strategyModeration.log.categoryChanges).
      details: { change: values.archived && !existing.archived ? "archived" : "updated", slug: values.slug },
    });
    return { id: categoryId };
  });
}
