import { sql } from "drizzle-orm";
import { index, integer, pgTable, text } from "drizzle-orm/pg-core";

/**
 * The distinct words of the search documents (folded as the documents are), each with the number
 * of entries it occurs in: the dictionary a misspelled query word is corrected against before the
 * full-text search. Built from `directory_search_entries.document`, which holds public text only,
 * so a correction can never point at a confidential value. Kept by refreshSearchEntries in the
 * listing write's transaction; a word leaves when its last entry does.
 */
export const directorySearchWords = pgTable(
  "directory_search_words",
  {
    word: text().primaryKey(),
    entries: integer().notNull(),
  },
  (t) => [index("directory_search_words_trgm_idx").using("gin", sql`${t.word} gin_trgm_ops`)],
);
