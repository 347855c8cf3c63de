import { hasRole, type SignedInActor } from "@puente/auth/actor";
import { sql, type SQL } from "drizzle-orm";

/**
 * Who may read what, as SQL conditions every strategy read embeds, so a thread or post the reader
 * may not see is never selected (not filtered out afterwards). `t` is strategy_threads, `p`
 * strategy_posts.
 *
 * - A network-wide thread is for every vetted member (the procedure tier already required that).
 * - A group thread is for the group's members and moderators, and platform moderators.
 * - Others see published threads and posts; an author also sees their own pending, hidden or
 *   rejected ones (with the moderator's reason).
 */
/** Platform moderators and admins (a plain boolean: hasRole's type guard would narrow `actor` away). */
export function isPlatformModerator(actor: SignedInActor): boolean {
  return hasRole(actor, "moderator");
}

export function threadAudience(actor: SignedInActor): SQL {
  if (isPlatformModerator(actor)) return sql`true`;
  return sql`(t.visibility = 'network' OR t.group_id IN (
    SELECT gm.group_id FROM group_members gm WHERE gm.user_id = ${actor.userId}
    UNION ALL
    SELECT gd.group_id FROM group_moderators gd WHERE gd.user_id = ${actor.userId}))`;
}

/** Threads in a listing or search: published (or the reader's own), in the reader's audience. */
export function threadVisible(actor: SignedInActor): SQL {
  return sql`(t.status = 'published' OR t.author_id = ${actor.userId}) AND t.merged_into_id IS NULL AND ${threadAudience(actor)}`;
}

/** Posts of a visible thread that the reader may read. */
export function postVisible(actor: SignedInActor): SQL {
  return sql`(p.status = 'published' OR p.author_id = ${actor.userId})`;
}

/**
 * The reader's own posts waiting for review. Thread search documents hold only published text, so
 * search finds these through their own vectors. Nobody else's: moderators meet pending posts in
 * the review queue, and the listing shows them no one else's pending thread either.
 */
export function ownPendingPost(actor: SignedInActor): SQL {
  return sql`(p.author_id = ${actor.userId} AND p.status = 'pending_review')`;
}

/**
 * Opening a thread by id: moderators may also open one under review or hidden (the review queue
 * links to it); everyone else needs what the listing needs.
 */
export function threadOpenable(actor: SignedInActor): SQL {
  if (isPlatformModerator(actor)) return sql`true`;
  return sql`(t.status = 'published' OR t.author_id = ${actor.userId}) AND ${threadAudience(actor)}`;
}

export function postOpenable(actor: SignedInActor): SQL {
  if (isPlatformModerator(actor)) return sql`true`;
  return postVisible(actor);
}
