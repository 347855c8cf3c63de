CREATE TABLE "directory_search_words" (
	"word" text PRIMARY KEY NOT NULL,
	"entries" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "directory_search_words_trgm_idx" ON "directory_search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
ALTER INDEX directory_search_words_trgm_idx SET (fastupdate = off);--> statement-breakpoint
-- The dictionary of the documents' words as they stand; refreshSearchEntries keeps it from here on.
INSERT INTO directory_search_words (word, entries)
  SELECT u.lexeme, count(*) FROM directory_search_entries e, unnest(e.document) u GROUP BY u.lexeme;--> statement-breakpoint
-- A search's text as the full-text queries it runs. Each query word (letters only, three or more)
-- that no document holds is corrected against the dictionary: `matches` accepts the word or any
-- of its three most similar dictionary words (trigram similarity at least 0.35, below which
-- corrections were unrelated words), and `ranks`/`words` use the best one, so a misspelling ranks
-- its results as the corrected text does. Words found in the dictionary, and text with no typo,
-- give exactly websearch_to_tsquery of the folded text. A word close to nothing stays as typed
-- and matches nothing.
CREATE OR REPLACE FUNCTION puente_search_terms(q text, OUT matches tsquery, OUT ranks tsquery, OUT words text)
  LANGUAGE plpgsql STABLE PARALLEL SAFE STRICT
  AS $$
DECLARE
  typo text;
  candidate text;
  best text;
  alternatives tsquery;
BEGIN
  words := puente_fold(q);
  matches := websearch_to_tsquery('simple', words);
  FOR typo IN
    SELECT DISTINCT t.lexeme FROM unnest(to_tsvector('simple', words)) t
    WHERE t.lexeme ~ '^[[:alpha:]]{3,}$' AND t.lexeme <> 'or'
      AND NOT EXISTS (SELECT 1 FROM directory_search_words d WHERE d.word = t.lexeme)
  LOOP
    best := NULL;
    alternatives := quote_literal(typo)::tsquery;
    FOR candidate IN
      SELECT d.word FROM directory_search_words d
      WHERE d.word % typo AND similarity(d.word, typo) >= 0.35
      ORDER BY similarity(d.word, typo) DESC, d.word LIMIT 3
    LOOP
      best := coalesce(best, candidate);
      alternatives := alternatives || quote_literal(candidate)::tsquery;
    END LOOP;
    IF best IS NOT NULL THEN
      matches := ts_rewrite(matches, quote_literal(typo)::tsquery, alternatives);
      words := regexp_replace(words, '\m' || typo || '\M', best, 'g');
    END IF;
  END LOOP;
  ranks := websearch_to_tsquery('simple', words);
END $$;
