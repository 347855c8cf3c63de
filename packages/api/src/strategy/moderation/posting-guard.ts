import type { SignedInActor } from "@puente/auth/actor";
import { consumeNewMemberPost } from "@puente/auth/rate-limit";
import { queryRows, type Database } from "@puente/db";
import { findMarkdownProblems } from "@puente/markdown";
import { sql } from "drizzle-orm";
import { PuenteError } from "../../errors";
import { isNationalModerator } from "./scope";

/** A member counts as new (and their posting is rate-limited) until this many of their posts are published. */
export const NEW_MEMBER_PUBLISHED_POSTS = 5;

/**
 * Rate limit for new members' strategy posts (threads and replies): at most
 * NEW_MEMBER_POSTS_PER_HOUR per hour, counted in the database. Call it in create and reply
 * BEFORE opening the write transaction: the limiter runs its own queries.
 */
export async function assertPostingRate(db: Database, actor: SignedInActor): Promise<void> {
  if (isNationalModerator(actor)) return;
  const [row] = await queryRows<{ published: number }>(
    db,
    sql`SELECT count(*)::int AS published FROM (
          SELECT 1 FROM strategy_posts WHERE author_id = ${actor.userId} AND status = 'published'
          LIMIT ${NEW_MEMBER_PUBLISHED_POSTS}) p`,
  );
  if ((row?.published ?? 0) >= NEW_MEMBER_PUBLISHED_POSTS) return;
  const attempt = await consumeNewMemberPost(db, actor.userId);
  if (!attempt.allowed) {
    throw new PuenteError("TOO_MANY_REQUESTS", "strategyModeration.errors.newMemberRateLimited", {
      minutes: Math.max(1, Math.ceil(attempt.retryAfterSeconds / 60)),
    });
  }
}

/**
 * Refuses Markdown that contains raw HTML (script included) or a link that is not http(s) or
 * mailto, naming the first problem and its line. Call on every Markdown field a member writes
 * (thread body, reply, edit) before saving.
 */
export function assertSafeMarkdown(source: string): void {
  const [problem] = findMarkdownProblems(source);
  if (!problem) return;
  if (problem.kind === "html") {
    throw new PuenteError("BAD_REQUEST", "strategyModeration.errors.markdownHtml", {
      line: problem.line,
      markup: problem.markup,
    });
  }
  throw new PuenteError("BAD_REQUEST", "strategyModeration.errors.markdownLink", { line: problem.line, url: problem.url });
}
