import type { SignedInActor } from "@puente/auth/actor";
import { queryRows, type Database } from "@puente/db";
import { strategyCategories, strategyFollows, strategyThreads } from "@puente/db/schema";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { notFound } from "../../errors";
import { jurisdictionInput } from "../inputs";
import { threadOpenable } from "../visibility";

export const followInput = z.discriminatedUnion("target", [
  z.object({ target: z.literal("thread"), threadId: z.uuid() }),
  z.object({ target: z.literal("category"), categoryId: z.uuid() }),
  z.object({ target: z.literal("jurisdiction"), jurisdiction: jurisdictionInput }),
]);
export type FollowInput = z.infer<typeof followInput>;

/** The row a follow is stored as; the unique index (nulls not distinct) makes following idempotent. */
function followRow(actor: SignedInActor, input: FollowInput) {
  return {
    userId: actor.userId,
    targetKind: input.target,
    threadId: input.target === "thread" ? input.threadId : null,
    categoryId: input.target === "category" ? input.categoryId : null,
    state: input.target === "jurisdiction" ? input.jurisdiction.state : null,
    countyFips: input.target === "jurisdiction" ? (input.jurisdiction.countyFips ?? null) : null,
  };
}

/** Only what the member may read can be followed (a group thread they are not in is "not found"). */
async function assertFollowable(db: Database, actor: SignedInActor, input: FollowInput) {
  if (input.target === "thread") {
    const rows = await queryRows<{ id: string }>(
      db,
      sql`SELECT t.id FROM strategy_threads t WHERE t.id = ${input.threadId} AND ${threadOpenable(actor)}`,
    );
    if (rows.length === 0) throw notFound();
  } else if (input.target === "category") {
    const [category] = await db.select({ id: strategyCategories.id }).from(strategyCategories).where(eq(strategyCategories.id, input.categoryId));
    if (!category) throw notFound();
  }
}

export async function follow(db: Database, actor: SignedInActor, input: FollowInput) {
  await assertFollowable(db, actor, input);
  await db.insert(strategyFollows).values(followRow(actor, input)).onConflictDoNothing();
  return { following: true };
}

export async function unfollow(db: Database, actor: SignedInActor, input: FollowInput) {
  const row = followRow(actor, input);
  await db
    .delete(strategyFollows)
    .where(
      and(
        eq(strategyFollows.userId, actor.userId),
        eq(strategyFollows.targetKind, row.targetKind),
        sql`${strategyFollows.threadId} IS NOT DISTINCT FROM ${row.threadId}`,
        sql`${strategyFollows.categoryId} IS NOT DISTINCT FROM ${row.categoryId}`,
        sql`${strategyFollows.state} IS NOT DISTINCT FROM ${row.state}`,
        sql`${strategyFollows.countyFips} IS NOT DISTINCT FROM ${row.countyFips}`,
      ),
    );
  return { following: false };
}

/** Everything the member follows, with names to show (threads they can no longer read are left out). */
export async function myFollows(db: Database, actor: SignedInActor) {
  return queryRows<{
    id: string;
    target: "thread" | "category" | "jurisdiction";
    threadId: string | null;
    threadTitle: string | null;
    categoryId: string | null;
    categoryName: string | null;
    categoryNameEs: string | null;
    state: string | null;
    countyFips: string | null;
  }>(
    db,
    sql`SELECT f.id, f.target_kind::text AS target, f.thread_id AS "threadId", t.title AS "threadTitle",
               f.category_id AS "categoryId", c.name AS "categoryName", c.name_es AS "categoryNameEs",
               f.state, f.county_fips AS "countyFips"
        FROM strategy_follows f
        LEFT JOIN strategy_threads t ON t.id = f.thread_id
        LEFT JOIN strategy_categories c ON c.id = f.category_id
        WHERE f.user_id = ${actor.userId} AND (f.thread_id IS NULL OR ${threadOpenable(actor)})
        ORDER BY f.created_at DESC
        LIMIT 200`,
  );
}

/** For a thread page: does the member follow the thread, and its category? */
export async function followStatus(db: Database, actor: SignedInActor, threadId: string) {
  const [thread] = await db.select({ categoryId: strategyThreads.categoryId }).from(strategyThreads).where(eq(strategyThreads.id, threadId));
  if (!thread) throw notFound();
  const rows = await db
    .select({ targetKind: strategyFollows.targetKind })
    .from(strategyFollows)
    .where(
      and(
        eq(strategyFollows.userId, actor.userId),
        sql`(${strategyFollows.threadId} = ${threadId} OR ${strategyFollows.categoryId} = ${thread.categoryId})`,
      ),
    );
  return {
    thread: rows.some((r) => r.targetKind === "thread"),
    category: rows.some((r) => r.targetKind === "category"),
    categoryId: thread.categoryId,
  };
}
