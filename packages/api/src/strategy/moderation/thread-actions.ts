import type { SignedInActor } from "@puente/auth/actor";
import type { Database, Executor } from "@puente/db";
import {
  enforcementPrograms,
  strategyCategories,
  strategyPosts,
  strategyThreads,
  threadJurisdictions,
  threadLanguages,
  threadPrograms,
} from "@puente/db/schema";
import { refreshPostSearch } from "@puente/db/strategy";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { notFound, PuenteError } from "../../errors";
import { jurisdictionInput, languageCode } from "../inputs";
import { refreshThreadActivity } from "../posting-rules";
import { logModeration } from "./log";
import { notifyAuthor } from "./post-status";
import { reason } from "./review";
import { assertThreadInScope, moderationScope, threadInScope } from "./scope";

const threadId = z.uuid();
export const toggleInput = z.object({ threadId, on: z.boolean(), reason: reason.default("") });
export const moveInput = z.object({ threadId, categoryId: z.uuid(), reason: reason.default("") });
export const mergeInput = z.object({ threadId, intoThreadId: z.uuid(), reason: reason.default("") });
export const editTagsInput = z.object({
  threadId,
  jurisdictions: z.array(jurisdictionInput).min(1, { error: "strategy.errors.jurisdictionRequired" }).max(20),
  programs: z.array(z.enum(enforcementPrograms, { error: "strategy.errors.unknownProgram" })).max(6).default([]),
  languages: z.array(languageCode).max(10).default([]),
  reason: reason.default(""),
});

type LockedThread = typeof strategyThreads.$inferSelect;

async function lockThread(tx: Executor, id: string): Promise<LockedThread> {
  const [thread] = await tx.select().from(strategyThreads).where(eq(strategyThreads.id, id)).for("update");
  if (!thread) throw notFound();
  return thread;
}

/** Runs one thread action in a transaction: lock, scope check, change, log. */
async function onThread<T>(
  db: Database,
  actor: SignedInActor,
  id: string,
  act: (tx: Executor, thread: LockedThread, scope: Awaited<ReturnType<typeof moderationScope>>) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const thread = await lockThread(tx, id);
    const scope = await moderationScope(tx, actor);
    assertThreadInScope(scope, thread);
    return act(tx, thread, scope);
  });
}

/** Lock (no new replies) or pin (first in listings), and undo either. */
export function setThreadFlag(db: Database, actor: SignedInActor, field: "locked" | "pinned", input: z.infer<typeof toggleInput>) {
  return onThread(db, actor, input.threadId, async (tx, thread) => {
    await tx.update(strategyThreads).set({ [field]: input.on, updatedAt: new Date() }).where(eq(strategyThreads.id, thread.id));
    const action = field === "locked" ? (input.on ? "lock" : "unlock") : input.on ? "pin" : "unpin";
    await logModeration(tx, { moderatorId: actor.userId, action, targetKind: "thread", targetId: thread.id, reason: input.reason });
    return { id: thread.id, [field]: input.on };
  });
}

/** Files a thread under another category; a category moderator needs both categories. */
export function moveThread(db: Database, actor: SignedInActor, input: z.infer<typeof moveInput>) {
  return onThread(db, actor, input.threadId, async (tx, thread, scope) => {
    const [category] = await tx.select().from(strategyCategories).where(eq(strategyCategories.id, input.categoryId));
    if (!category || category.archived) throw new PuenteError("BAD_REQUEST", "strategy.errors.unknownCategory");
    if (!threadInScope(scope, { categoryId: category.id, groupId: thread.groupId })) {
      throw new PuenteError("FORBIDDEN", "strategyModeration.errors.outOfScope");
    }
    if (category.id === thread.categoryId) throw new PuenteError("BAD_REQUEST", "strategyModeration.errors.sameCategory");
    await tx.update(strategyThreads).set({ categoryId: category.id, updatedAt: new Date() }).where(eq(strategyThreads.id, thread.id));
    await logModeration(tx, {
      moderatorId: actor.userId,
      action: "move",
      targetKind: "thread",
      targetId: thread.id,
      reason: input.reason,
      details: { from: thread.categoryId, to: category.id },
    });
    await notifyAuthor(tx, { authorId: thread.authorId, threadId: thread.id }, "thread_moved", actor.userId);
    return { id: thread.id, categoryId: category.id };
  });
}

/**
 * Merges a thread into another: its posts (opening post included, now a reply) move over, its
 * followers follow the target, and it points at the target. Only between threads with the same
 * audience, so a merge never shows a group's posts to anyone outside the group.
 */
export function mergeThread(db: Database, actor: SignedInActor, input: z.infer<typeof mergeInput>) {
  if (input.threadId === input.intoThreadId) throw new PuenteError("BAD_REQUEST", "strategyModeration.errors.mergeSelf");
  return onThread(db, actor, input.threadId, async (tx, source, scope) => {
    const target = await lockThread(tx, input.intoThreadId);
    assertThreadInScope(scope, target);
    if (source.mergedIntoId || target.mergedIntoId) throw new PuenteError("CONFLICT", "strategyModeration.errors.alreadyMerged");
    if (source.visibility !== target.visibility || source.groupId !== target.groupId) {
      throw new PuenteError("BAD_REQUEST", "strategyModeration.errors.mergeAudience");
    }
    const moved = await tx
      .update(strategyPosts)
      .set({ threadId: target.id, isOpening: false })
      .where(eq(strategyPosts.threadId, source.id))
      .returning({ id: strategyPosts.id });
    // The moved opening post is a reply now: its vectors lose the old title and note.
    await refreshPostSearch(tx, sql`p.thread_id = ${target.id}`);
    await tx.execute(sql`
      INSERT INTO strategy_follows (user_id, target_kind, thread_id)
      SELECT user_id, 'thread', ${target.id} FROM strategy_follows WHERE thread_id = ${source.id}
      ON CONFLICT DO NOTHING`);
    await tx
      .update(strategyThreads)
      .set({ mergedIntoId: target.id, replyCount: 0, updatedAt: new Date() })
      .where(eq(strategyThreads.id, source.id));
    await refreshThreadActivity(tx, target.id);
    await logModeration(tx, {
      moderatorId: actor.userId,
      action: "merge",
      targetKind: "thread",
      targetId: source.id,
      reason: input.reason,
      details: { into: target.id, posts: moved.length },
    });
    await notifyAuthor(tx, { authorId: source.authorId, threadId: target.id }, "thread_merged", actor.userId);
    return { id: source.id, mergedIntoId: target.id, movedPosts: moved.length };
  });
}

/** Replaces a thread's jurisdiction, program and language tags. */
export function editThreadTags(db: Database, actor: SignedInActor, input: z.infer<typeof editTagsInput>) {
  return onThread(db, actor, input.threadId, async (tx, thread) => {
    const id = thread.id;
    const places = new Map(input.jurisdictions.map((j) => [`${j.state}:${j.countyFips ?? ""}`, j]));
    await tx.delete(threadJurisdictions).where(eq(threadJurisdictions.threadId, id));
    await tx.delete(threadPrograms).where(eq(threadPrograms.threadId, id));
    await tx.delete(threadLanguages).where(eq(threadLanguages.threadId, id));
    await tx
      .insert(threadJurisdictions)
      .values([...places.values()].map((j) => ({ threadId: id, state: j.state, countyFips: j.countyFips ?? null })));
    const programs = [...new Set(input.programs)];
    if (programs.length) await tx.insert(threadPrograms).values(programs.map((program) => ({ threadId: id, program })));
    const languages = [...new Set(input.languages)];
    if (languages.length) await tx.insert(threadLanguages).values(languages.map((language) => ({ threadId: id, language })));
    await logModeration(tx, {
      moderatorId: actor.userId,
      action: "edit_tags",
      targetKind: "thread",
      targetId: id,
      reason: input.reason,
      details: { jurisdictions: places.size, programs, languages },
    });
    return { id, jurisdictions: places.size, programs, languages };
  });
}
