import type { SignedInActor } from "@puente/auth/actor";
import { queryRows, type Database, type Executor } from "@puente/db";
import { strategyPostRevisions, strategyPosts, strategyReactions } from "@puente/db/schema";
import { refreshOnePostSearch } from "@puente/db/strategy";
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { notFound, PuenteError } from "../errors";
import type { editPostInput, reactInput, replyInput } from "./inputs";
import { announcePost } from "./conversation/announce";
import { assertPostingRate, assertSafeMarkdown } from "./moderation/posting-guard";
import { assertMayPost, initialPostStatus, refreshThreadActivity } from "./posting-rules";
import { postVisible, threadVisible } from "./visibility";

/** The thread as the reader may see it, locked for the rest of the transaction. */
async function lockVisibleThread(db: Executor, actor: SignedInActor, threadId: string) {
  const [thread] = await queryRows<{ id: string; status: string; locked: boolean }>(
    db,
    sql`SELECT t.id::text AS id, t.status::text AS status, t.locked FROM strategy_threads t
        WHERE t.id = ${threadId} AND ${threadVisible(actor)} FOR UPDATE OF t`,
  );
  if (!thread) throw notFound();
  return thread;
}

/** Replies to a published, unlocked thread; a new member's reply waits for review. */
export async function reply(db: Database, actor: SignedInActor, input: z.infer<typeof replyInput>) {
  await assertMayPost(db, actor);
  assertSafeMarkdown(input.body);
  await assertPostingRate(db, actor);
  return db.transaction(async (tx) => {
    const thread = await lockVisibleThread(tx, actor, input.threadId);
    if (thread.status !== "published")
      throw new PuenteError("CONFLICT", "strategy.errors.threadNotOpen");
    if (thread.locked) throw new PuenteError("CONFLICT", "strategy.errors.threadLocked");
    if (input.quotedPostId) {
      const [quoted] = await queryRows<{ id: string }>(
        tx,
        sql`SELECT p.id::text AS id FROM strategy_posts p
            WHERE p.id = ${input.quotedPostId} AND p.thread_id = ${input.threadId} AND ${postVisible(actor)}`,
      );
      if (!quoted) throw new PuenteError("BAD_REQUEST", "strategy.errors.unknownQuote");
    }
    const status = await initialPostStatus(tx, actor);
    const [post] = await tx
      .insert(strategyPosts)
      .values({
        threadId: input.threadId,
        authorId: actor.userId,
        body: input.body,
        quotedPostId: input.quotedPostId ?? null,
        status,
      })
      .returning({ id: strategyPosts.id });
    await refreshOnePostSearch(tx, post!.id);
    if (status === "published") {
      await refreshThreadActivity(tx, input.threadId);
      await announcePost(tx, post!.id);
    }
    return { id: post!.id, status };
  });
}

/** A post the reader may see, in a thread they may see. */
async function visiblePost(db: Executor, actor: SignedInActor, postId: string) {
  const [post] = await queryRows<{
    id: string;
    threadId: string;
    authorId: string | null;
    body: string;
    status: string;
    locked: boolean;
  }>(
    db,
    sql`SELECT p.id::text AS id, p.thread_id::text AS "threadId", p.author_id::text AS "authorId", p.body,
          p.status::text AS status, t.locked
        FROM strategy_posts p JOIN strategy_threads t ON t.id = p.thread_id
        WHERE p.id = ${postId} AND ${postVisible(actor)} AND ${threadVisible(actor)}`,
  );
  if (!post) throw notFound();
  return post;
}

/** Authors edit their own posts; the replaced text is kept as a revision anyone who can read the post can see. */
export async function editPost(
  db: Database,
  actor: SignedInActor,
  input: z.infer<typeof editPostInput>,
) {
  await assertMayPost(db, actor);
  return db.transaction(async (tx) => {
    const post = await visiblePost(tx, actor, input.postId);
    if (post.authorId !== actor.userId)
      throw new PuenteError("FORBIDDEN", "strategy.errors.notAuthor");
    if (post.locked) throw new PuenteError("CONFLICT", "strategy.errors.threadLocked");
    if (post.body === input.body) return { id: post.id, changed: false };
    await tx
      .insert(strategyPostRevisions)
      .values({ postId: post.id, body: post.body, editedById: actor.userId });
    await tx
      .update(strategyPosts)
      .set({ body: input.body, editedAt: new Date() })
      .where(eq(strategyPosts.id, post.id));
    await refreshOnePostSearch(tx, post.id);
    if (post.status === "published") await refreshThreadActivity(tx, post.threadId);
    return { id: post.id, changed: true };
  });
}

/** Earlier versions of a post, newest first. */
export async function postRevisions(db: Executor, actor: SignedInActor, postId: string) {
  await visiblePost(db, actor, postId);
  const rows = await queryRows<{
    id: string;
    body: string;
    createdAt: Date | string;
    editorName: string | null;
  }>(
    db,
    sql`SELECT r.id::text AS id, r.body, r.created_at AS "createdAt", u.name AS "editorName"
        FROM strategy_post_revisions r LEFT JOIN users u ON u.id = r.edited_by_id
        WHERE r.post_id = ${postId} ORDER BY r.created_at DESC, r.id`,
  );
  return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt) }));
}

/** Adds or takes back a reaction on a published post the reader may see. */
export async function react(db: Database, actor: SignedInActor, input: z.infer<typeof reactInput>) {
  const post = await visiblePost(db, actor, input.postId);
  if (post.status !== "published")
    throw new PuenteError("CONFLICT", "strategy.errors.notPublished");
  if (input.on) {
    await db
      .insert(strategyReactions)
      .values({ postId: post.id, userId: actor.userId, kind: input.kind })
      .onConflictDoNothing();
  } else {
    await db
      .delete(strategyReactions)
      .where(
        and(
          eq(strategyReactions.postId, post.id),
          eq(strategyReactions.userId, actor.userId),
          eq(strategyReactions.kind, input.kind),
        ),
      );
  }
  const [counts] = await queryRows<{ helpful: number; triedToo: number }>(
    db,
    sql`SELECT count(*) FILTER (WHERE kind = 'helpful')::int AS helpful,
               count(*) FILTER (WHERE kind = 'tried_too')::int AS "triedToo"
        FROM strategy_reactions WHERE post_id = ${post.id}`,
  );
  return counts!;
}
