import { loadActor, type SignedInActor } from "@puente/auth/actor";
import { asc, type Executor } from "@puente/db";
import {
  categoryModerators,
  groupMembers,
  groupModerators,
  strategyCategories,
  strategyGroups,
  strategyNotes,
  strategyPosts,
  strategyThreads,
  threadJurisdictions,
  type PlatformRole,
  type StrategyPostStatus,
} from "@puente/db/schema";
import { createUser } from "@puente/db/seed";
import { ensureStrategyCategories } from "@puente/db/strategy";

/**
 * Strategy rows for the moderation and conversation tests, written directly so these tests do
 * not depend on the thread-creation code they are not about.
 */
let counter = 0;

export async function person(db: Executor, options: { roles?: PlatformRole[]; name?: string; language?: "en" | "es" } = {}) {
  counter += 1;
  const user = await createUser(db, {
    email: `strategy-${counter}-${Date.now()}@example.org`,
    name: options.name ?? `Strategy Person ${counter}`,
    roles: options.roles ?? ["member"],
    preferredLanguage: options.language ?? "en",
  });
  return (await loadActor(db, user.id)) as SignedInActor;
}

export async function categories(db: Executor) {
  await ensureStrategyCategories(db);
  return db.select().from(strategyCategories).orderBy(asc(strategyCategories.position));
}

export async function group(db: Executor, members: SignedInActor[] = [], moderators: SignedInActor[] = []) {
  const [row] = await db.insert(strategyGroups).values({ name: `Group ${++counter}` }).returning();
  for (const m of members) await db.insert(groupMembers).values({ groupId: row!.id, userId: m.userId });
  for (const m of moderators) await db.insert(groupModerators).values({ groupId: row!.id, userId: m.userId });
  return row!;
}

export async function makeCategoryModerator(db: Executor, categoryId: string, actor: SignedInActor) {
  await db.insert(categoryModerators).values({ categoryId, userId: actor.userId });
}

export async function thread(
  db: Executor,
  author: SignedInActor,
  options: { categoryId: string; groupId?: string; status?: StrategyPostStatus; title?: string; body?: string; state?: string },
) {
  const status = options.status ?? "published";
  const [row] = await db
    .insert(strategyThreads)
    .values({
      categoryId: options.categoryId,
      title: options.title ?? `Meeting the sheriff ${++counter}`,
      visibility: options.groupId ? "group" : "network",
      groupId: options.groupId ?? null,
      authorId: author.userId,
      status,
    })
    .returning();
  await db.insert(strategyNotes).values({
    threadId: row!.id,
    whatTried: "A meeting with the sheriff",
    triedOn: "2026-10-01",
    withWhom: "sheriff",
    outcome: "worked",
  });
  await db.insert(threadJurisdictions).values({ threadId: row!.id, state: options.state ?? "GA" });
  const [opening] = await db
    .insert(strategyPosts)
    .values({ threadId: row!.id, authorId: author.userId, isOpening: true, body: options.body ?? "We met.", status })
    .returning();
  return { thread: row!, opening: opening! };
}

export async function reply(db: Executor, threadId: string, author: SignedInActor, body = "A reply.", status: StrategyPostStatus = "published") {
  const [row] = await db.insert(strategyPosts).values({ threadId, authorId: author.userId, body, status }).returning();
  return row!;
}
