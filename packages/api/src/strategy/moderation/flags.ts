import type { SignedInActor } from "@puente/auth/actor";
import { queryRows, type Database } from "@puente/db";
import { strategyFlagReasons, strategyFlags } from "@puente/db/schema";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit";
import { notFound, PuenteError } from "../../errors";
import { assertDeIdentified } from "../../identifiers/assert-de-identified";
import { groupRole } from "../groups-access";
import { logModeration } from "./log";
import { lockPost, notifyAuthor, setPostStatus } from "./post-status";
import { flagThreshold } from "./settings";

export const flagInput = z
  .object({
    postId: z.uuid(),
    reason: z.enum(strategyFlagReasons, { error: "errors.validation.choice" }),
    note: z.string().trim().max(500, { error: "errors.validation.tooLong" }).default(""),
  })
  .refine((f) => f.reason !== "other" || f.note.length > 0, {
    error: "strategyModeration.errors.flagNoteRequired",
    path: ["note"],
  });

/**
 * A member flags a post they can read. One flag per member and post (a second counts nothing).
 * "Identifies a survivor" hides the post at once; otherwise the post is hidden when the open
 * flags of distinct members reach the threshold (strategy_settings, default 3). Hidden posts wait
 * in the review queue; the flag, the hiding and its log rows commit together.
 */
export async function flagPost(db: Database, actor: SignedInActor, input: z.infer<typeof flagInput>) {
  // The note may describe why a post identifies someone; it must not repeat the identifying detail.
  assertDeIdentified({ note: input.note });
  return db.transaction(async (tx) => {
    const post = await lockPost(tx, input.postId);
    const readable = !post.groupId || (await groupRole(tx, actor, post.groupId)).member;
    if (post.status !== "published" || !readable) throw notFound();
    if (post.authorId === actor.userId) throw new PuenteError("BAD_REQUEST", "strategyModeration.errors.ownPost");

    const inserted = await tx
      .insert(strategyFlags)
      .values({ postId: post.id, flaggerId: actor.userId, reason: input.reason, note: input.note })
      .onConflictDoNothing()
      .returning({ id: strategyFlags.id });
    if (inserted.length === 0) return { counted: false, hidden: false };
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "strategy.flagged",
      subjectType: "strategy_post",
      subjectId: post.id,
      details: { reason: input.reason },
    });

    const [open] = await queryRows<{ flaggers: number }>(
      tx,
      sql`SELECT count(DISTINCT flagger_id)::int AS flaggers FROM strategy_flags
          WHERE post_id = ${post.id} AND resolved_at IS NULL`,
    );
    const threshold = await flagThreshold(tx);
    const hideNow = input.reason === "identifies_survivor" || (open?.flaggers ?? 0) >= threshold;
    if (hideNow) {
      await setPostStatus(tx, post, "hidden", null);
      await logModeration(tx, {
        moderatorId: null,
        action: "hide",
        targetKind: "post",
        targetId: post.id,
        reason: input.reason === "identifies_survivor" ? "flag:identifies_survivor" : `flags:${open?.flaggers ?? 0}`,
      });
      await notifyAuthor(tx, { authorId: post.authorId, threadId: post.threadId, postId: post.id }, "post_hidden", null);
    }
    return { counted: true, hidden: hideNow };
  });
}
