import type { Executor } from "../client";
import {
  strategyNotes,
  strategyPosts,
  strategyThreads,
  threadJurisdictions,
  threadLanguages,
  threadPrograms,
  type EnforcementProgram,
} from "../schema";
import { bulkInsert } from "./bulk-insert";

type ThreadRow = typeof strategyThreads.$inferInsert & { id: string };
type NoteRow = typeof strategyNotes.$inferInsert;
type PostRow = typeof strategyPosts.$inferInsert & { id: string };

/** A thread as the seeds describe it: the thread row, its note, its tags and its posts. */
export interface SeedThread {
  thread: ThreadRow;
  note: Omit<NoteRow, "threadId">;
  places: Array<{ state: string; countyFips?: string | null }>;
  programs: EnforcementProgram[];
  languages: string[];
  posts: Array<Omit<PostRow, "threadId">>;
}

/** Writes seed threads in bulk (search vectors are filled afterwards by refreshPostSearch). */
export async function insertSeedThreads(db: Executor, threads: readonly SeedThread[]) {
  await bulkInsert(
    db,
    strategyThreads,
    threads.map((t) => t.thread),
  );
  await bulkInsert(
    db,
    strategyNotes,
    threads.map((t) => ({ ...t.note, threadId: t.thread.id })),
  );
  await bulkInsert(
    db,
    threadJurisdictions,
    threads.flatMap((t) =>
      t.places.map((p) => ({
        threadId: t.thread.id,
        state: p.state,
        countyFips: p.countyFips ?? null,
      })),
    ),
  );
  await bulkInsert(
    db,
    threadPrograms,
    threads.flatMap((t) => t.programs.map((program) => ({ threadId: t.thread.id, program }))),
  );
  await bulkInsert(
    db,
    threadLanguages,
    threads.flatMap((t) => t.languages.map((language) => ({ threadId: t.thread.id, language }))),
  );
  await bulkInsert(
    db,
    strategyPosts,
    threads.flatMap((t) => t.posts.map((p) => ({ ...p, threadId: t.thread.id }))),
  );
}
