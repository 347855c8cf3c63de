import { countiesOf, states } from "@puente/geo";
import { sql } from "drizzle-orm";
import type { Executor } from "../client";
import {
  enforcementPrograms,
  groupMembers,
  strategyCategories,
  strategyCounterparts,
  strategyGroups,
  strategyOutcomes,
  users,
} from "../schema";
import { ensureStrategyCategories } from "../strategy/categories";
import { refreshPostSearch } from "../strategy/refresh-post-search";
import { refreshThreadSearch } from "../strategy/refresh-thread-search";
import { bulkInsert } from "./bulk-insert";
import { userValues } from "./factories";
import { Random, seededUuid } from "./random";
import { insertSeedThreads, type SeedThread } from "./strategy-rows";

// Sentences the generated posts are made of: enough words in both languages that searches
// match a realistic share of posts rather than all or none.
// prettier-ignore
const english = [
  "We met the sheriff and the jail commander about people booked after dual arrests.",
  "The police chief agreed to use the language line instead of family members as interpreters.",
  "Our know-your-rights workshop at the church brought many families.",
  "The ICE field office gave us a contact for detained survivors with pending petitions.",
  "The county commission heard testimony from faith leaders and business owners.",
  "Fingerprint sharing at booking keeps survivors from calling 911.",
  "The prosecutor's office signed U visa certifications within ninety days.",
  "We brought de-identified numbers from several programs, not a single story.",
  "Promotoras built trust faster than printed flyers did.",
  "The detainer policy changed after the coalition met the jail administrator.",
  "Judges welcomed a bench card on VAWA confidentiality.",
  "Next time we will meet the law enforcement association before the hearing.",
];
// prettier-ignore
const spanish = [
  "Nos reunimos con el alguacil para hablar de las órdenes de retención.",
  "El taller de conozca sus derechos en la iglesia atrajo a muchas familias.",
  "La oficina de ICE prometió revisar los casos de sobrevivientes detenidas.",
  "Las promotoras de confianza lograron más que los volantes.",
  "La policía aceptó usar intérpretes profesionales en las llamadas de violencia doméstica.",
  "El concejo municipal escuchó historias anónimas de sobrevivientes.",
  "La fiscalía firmó certificaciones de visa U en noventa días.",
  "El intercambio de huellas en la cárcel da miedo a la comunidad.",
  "La coalición de programas y grupos de derechos de inmigrantes habló con una sola voz.",
  "Hicimos programas de radio comunitaria con una abogada.",
];

export interface SeedStrategyScaleOptions {
  onProgress?: (posts: number, total: number) => void;
}

/**
 * Benchmark data: about `posts` posts in threads of 1–15 posts, 500 authors, 20 groups (a tenth
 * of the threads are group threads), a few percent of posts waiting for review or hidden, notes
 * across every state, program, outcome and counterpart. Deterministic for a given size.
 */
export async function seedStrategyScale(db: Executor, posts: number, options: SeedStrategyScaleOptions = {}) {
  const random = new Random(20260530);
  await ensureStrategyCategories(db);
  const categoryIds = (await db.select({ id: strategyCategories.id }).from(strategyCategories)).map((c) => c.id);
  const authors = Array.from({ length: 500 }, (_, i) => ({
    ...userValues({ email: `bench.author.${i}@bench.example.org`, name: `Bench Author ${i}` }),
    id: seededUuid(`bench/strategy/user/${i}`),
  }));
  await bulkInsert(db, users, authors);
  const groups = Array.from({ length: 20 }, (_, i) => ({ id: seededUuid(`bench/strategy/group/${i}`), name: `Bench group ${i}` }));
  await bulkInsert(db, strategyGroups, groups);
  await bulkInsert(
    db,
    groupMembers,
    authors.flatMap((a, i) => (i % 4 === 0 ? [{ groupId: groups[i % groups.length]!.id, userId: a.id }] : [])),
  );

  const start = Date.UTC(2023, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  let written = 0;
  let t = 0;
  while (written < posts) {
    const batch: SeedThread[] = [];
    while (batch.length < 1000 && written < posts) {
      const r = random.fork("thread", t);
      const id = seededUuid(`bench/strategy/thread/${t}`, t);
      const spanish_ = r.chance(0.35);
      const pool = spanish_ ? spanish : english;
      const count = Math.min(posts - written, r.int(1, 15));
      const createdAt = new Date(start + Math.floor(r.float() * span));
      const state = r.pick(states);
      const counties = countiesOf(state.code);
      const group = r.chance(0.1) ? r.pick(groups).id : null;
      const threadPosts = Array.from({ length: count }, (_, k) => ({
        id: seededUuid(`bench/strategy/post/${t}/${k}`, written + k),
        authorId: r.pick(authors).id,
        isOpening: k === 0,
        body: r.sample(pool, r.int(2, 5)).join(" "),
        status: r.weighted([["published", 96], ["pending_review", 2], ["hidden", 2]] as const),
        createdAt: new Date(createdAt.getTime() + k * 3_600_000),
      }));
      threadPosts[0]!.status = "published";
      batch.push({
        thread: {
          id,
          categoryId: r.pick(categoryIds),
          title: r.pick(pool).slice(0, 80),
          visibility: group ? "group" : "network",
          groupId: group,
          authorId: threadPosts[0]!.authorId,
          status: r.chance(0.97) ? "published" : "pending_review",
          replyCount: threadPosts.filter((p) => !p.isOpening && p.status === "published").length,
          createdAt,
          lastActivityAt: threadPosts.at(-1)!.createdAt,
        },
        note: {
          whatTried: r.pick(pool),
          triedOn: new Date(createdAt.getTime() - r.int(1, 60) * 86_400_000).toISOString().slice(0, 10),
          withWhom: r.pick(strategyCounterparts),
          outcome: r.pick(strategyOutcomes),
          lessons: r.pick(pool),
        },
        places: [{ state: state.code, countyFips: counties.length && r.chance(0.6) ? r.pick(counties).fips : null }],
        programs: r.sample(enforcementPrograms, r.int(0, 2)),
        languages: spanish_ ? (r.chance(0.5) ? ["es"] : ["es", "en"]) : ["en"],
        posts: threadPosts,
      });
      written += count;
      t++;
    }
    await insertSeedThreads(db, batch);
    options.onProgress?.(written, posts);
  }
  await refreshPostSearch(db, sql`true`);
  await refreshThreadSearch(db, sql`true`);
}
