import type { SignedInActor } from "@puente/auth/actor";
import type { Database } from "@puente/db";
import {
  strategyCategories,
  strategyNotes,
  strategyPosts,
  strategyThreads,
  threadJurisdictions,
  threadLanguages,
  threadPrograms,
} from "@puente/db/schema";
import { refreshOnePostSearch, refreshThreadSearch } from "@puente/db/strategy";
import { eq, sql } from "drizzle-orm";
import { PuenteError } from "../errors";
import { announcePost } from "./conversation/announce";
import { assertGroupMember } from "./groups-access";
import type { CreateThreadInput } from "./inputs";
import { assertPostingRate, assertSafeMarkdown } from "./moderation/posting-guard";
import { assertMayPost, initialPostStatus } from "./posting-rules";

/**
 * Opens a thread: the structured note, its tags and the opening post, in one transaction. A new
 * member's thread waits for review (initialPostStatus); the author sees it meanwhile.
 */
export async function createThread(db: Database, actor: SignedInActor, input: CreateThreadInput) {
  const [category] = await db
    .select()
    .from(strategyCategories)
    .where(eq(strategyCategories.id, input.categoryId));
  if (!category || category.archived)
    throw new PuenteError("BAD_REQUEST", "strategy.errors.unknownCategory");
  if (input.visibility === "group") await assertGroupMember(db, actor, input.groupId!);
  await assertMayPost(db, actor);
  if (input.body) assertSafeMarkdown(input.body);
  await assertPostingRate(db, actor);

  return db.transaction(async (tx) => {
    const status = await initialPostStatus(tx, actor);
    const [thread] = await tx
      .insert(strategyThreads)
      .values({
        categoryId: category.id,
        title: input.title,
        visibility: input.visibility,
        groupId: input.visibility === "group" ? input.groupId : null,
        authorId: actor.userId,
        status,
      })
      .returning({ id: strategyThreads.id });
    const threadId = thread!.id;
    await tx.insert(strategyNotes).values({
      threadId,
      whatTried: input.whatTried,
      triedOn: input.triedOn,
      withWhom: input.withWhom,
      withWhomDetail: input.withWhomDetail,
      outcome: input.outcome,
      lessons: input.lessons,
    });
    const places = uniqueBy(input.jurisdictions, (j) => `${j.state}:${j.countyFips ?? ""}`);
    await tx
      .insert(threadJurisdictions)
      .values(places.map((j) => ({ threadId, state: j.state, countyFips: j.countyFips ?? null })));
    const programs = [...new Set(input.programs)];
    if (programs.length)
      await tx.insert(threadPrograms).values(programs.map((program) => ({ threadId, program })));
    const languages = [...new Set(input.languages)];
    if (languages.length)
      await tx
        .insert(threadLanguages)
        .values(languages.map((language) => ({ threadId, language })));
    const [post] = await tx
      .insert(strategyPosts)
      .values({ threadId, authorId: actor.userId, isOpening: true, body: input.body, status })
      .returning({ id: strategyPosts.id });
    await refreshOnePostSearch(tx, post!.id);
    await refreshThreadSearch(tx, sql`t.id = ${threadId}`);
    if (status === "published") await announcePost(tx, post!.id);
    return { id: threadId, status };
  });
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
