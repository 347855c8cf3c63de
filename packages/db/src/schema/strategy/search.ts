import { sql } from "drizzle-orm";
import { customType, index, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { strategyThreads } from "./threads";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * One search document per thread: title and note (weights A and B) and the text of its published
 * posts, in English and in accent-folded Spanish. Searching threads rather than 100k posts lets
 * the search rank a bounded set of the most recently active matching threads (see
 * docs/architecture.md); per-post vectors then pick the excerpt. Rebuilt by refreshThreadSearch
 * whenever a thread's published text changes (refreshThreadActivity calls it).
 */
export const strategyThreadSearch = pgTable(
  "strategy_thread_search",
  {
    threadId: uuid()
      .primaryKey()
      .references(() => strategyThreads.id, { onDelete: "cascade" }),
    lastActivityAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    searchEn: tsvector()
      .notNull()
      .default(sql`''::tsvector`),
    searchEs: tsvector()
      .notNull()
      .default(sql`''::tsvector`),
  },
  (t) => [
    index("strategy_thread_search_en_idx").using("gin", t.searchEn),
    index("strategy_thread_search_es_idx").using("gin", t.searchEs),
    index("strategy_thread_search_activity_idx").on(t.lastActivityAt.desc(), t.threadId),
  ],
);
