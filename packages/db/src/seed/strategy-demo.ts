import { sql } from "drizzle-orm";
import type { Executor } from "../client";
import {
  groupMembers,
  groupModerators,
  strategyCategories,
  strategyGroups,
  strategyReactions,
} from "../schema";
import { ensureStrategyCategories } from "../strategy/categories";
import { refreshPostSearch } from "../strategy/refresh-post-search";
import { refreshThreadSearch } from "../strategy/refresh-thread-search";
import { bulkInsert } from "./bulk-insert";
import { spineOrganizations } from "./demo-places";
import { slugify } from "./factories";
import { seededUuid } from "./random";
import { insertSeedThreads, type SeedThread } from "./strategy-rows";
import { demoNotes } from "./strategy-demo-notes";

const userId = (email: string) => seededUuid(`demo/user/${email}`);
const DAY = 24 * 60 * 60 * 1000;

/** Advocates of the spine organizations in a state (leads and staff), for authors and repliers. */
function peopleIn(state: string): string[] {
  const orgs = spineOrganizations().filter(
    (o) => o.state === state && o.verificationState === "verified",
  );
  const source = orgs.length
    ? orgs
    : spineOrganizations()
        .filter((o) => o.verificationState === "verified")
        .slice(0, 2);
  return source.flatMap((o) => [
    `lead.${slugify(o.name)}@demo.example.org`,
    `staff.${slugify(o.name)}@demo.example.org`,
  ]);
}

/**
 * Strategy demo: the seven topics, a Georgia coalition group (Olga Orgadmin moderates it, Ana
 * Advocate belongs), and published notes with replies in English and Spanish across states,
 * programs and outcomes. Ana Advocate has no posts of her own, so her first note waits for review
 * as a new member's would.
 */
export async function seedStrategyDemo(db: Executor, options: { now: Date }) {
  await ensureStrategyCategories(db);
  const categories = new Map(
    (
      await db
        .select({ id: strategyCategories.id, slug: strategyCategories.slug })
        .from(strategyCategories)
    ).map((c) => [c.slug, c.id]),
  );
  const groupId = seededUuid("demo/strategy/group/georgia");
  await db.insert(strategyGroups).values({
    id: groupId,
    name: "Georgia coalition",
    description: "DV programs, immigrant-rights groups and attorneys in Georgia.",
  });
  const georgia = peopleIn("GA");
  await bulkInsert(db, groupModerators, [{ groupId, userId: userId("orgadmin@demo.example.org") }]);
  await bulkInsert(
    db,
    groupMembers,
    [...georgia, "advocate@demo.example.org"].map((email) => ({ groupId, userId: userId(email) })),
  );

  const moderator = userId("moderator@demo.example.org");
  const threads: SeedThread[] = demoNotes.map((n, i) => {
    const people = n.group ? georgia : peopleIn(n.state);
    const id = seededUuid(`demo/strategy/thread/${i}`);
    const createdAt = new Date(options.now.getTime() - n.daysAgo * DAY);
    const at = (k: number) => new Date(createdAt.getTime() + (k + 1) * 3 * 60 * 60 * 1000);
    const posts = [n.body, ...n.replies].map((body, k) => ({
      id: seededUuid(`demo/strategy/post/${i}/${k}`),
      authorId:
        k === 0 ? userId(people[0]!) : k % 3 === 0 ? moderator : userId(people[k % people.length]!),
      isOpening: k === 0,
      body,
      status: "published" as const,
      createdAt: k === 0 ? createdAt : at(k),
    }));
    return {
      thread: {
        id,
        categoryId: categories.get(n.category)!,
        title: n.title,
        visibility: n.group ? ("group" as const) : ("network" as const),
        groupId: n.group ? groupId : null,
        authorId: posts[0]!.authorId,
        status: "published" as const,
        replyCount: n.replies.length,
        createdAt,
        lastActivityAt: posts.at(-1)!.createdAt,
      },
      note: {
        whatTried: n.whatTried,
        triedOn: new Date(createdAt.getTime() - 7 * DAY).toISOString().slice(0, 10),
        withWhom: n.withWhom,
        withWhomDetail: n.detail ?? "",
        outcome: n.outcome,
        lessons: n.lessons,
      },
      places: [{ state: n.state, countyFips: n.county }],
      programs: n.programs,
      languages: n.languages,
      posts,
    };
  });
  await insertSeedThreads(db, threads);
  // Some "helpful" and "we tried this too" on opening posts.
  await bulkInsert(
    db,
    strategyReactions,
    threads.flatMap((t, i) =>
      peopleIn(demoNotes[i]!.state)
        .slice(1, 1 + (i % 3))
        .map((email, k) => ({
          postId: t.posts[0]!.id,
          userId: userId(email),
          kind: k % 2 ? ("tried_too" as const) : ("helpful" as const),
        })),
    ),
  );
  await refreshPostSearch(db, sql`true`);
  await refreshThreadSearch(db, sql`true`);
}
