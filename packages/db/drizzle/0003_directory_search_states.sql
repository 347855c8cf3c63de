ALTER TABLE "directory_search_entries" ADD COLUMN "touches_states" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
CREATE INDEX "directory_search_touches_idx" ON "directory_search_entries" USING gin ("touches_states");--> statement-breakpoint
CREATE INDEX "directory_search_nation_idx" ON "directory_search_entries" USING btree ("service_id") WHERE "directory_search_entries"."serves_nation";--> statement-breakpoint
-- Word similarity is far costlier than the planner's default of 1 per call; at that price it
-- prefers a sequential scan to the trigram index even when the index is 20x faster.
ALTER FUNCTION word_similarity_op(text, text) COST 100;--> statement-breakpoint
ALTER FUNCTION word_similarity_commutator_op(text, text) COST 100;--> statement-breakpoint
-- Existing rows: the column is rebuilt from the listing tables by refreshSearchEntries; until then
-- derive it from what the row already knows.
UPDATE directory_search_entries
  SET touches_states = ARRAY(SELECT DISTINCT unnest(located_states || serves_states));
--> statement-breakpoint
-- GIN's pending list makes writes cheap and reads slow until a vacuum merges it; listing writes
-- are rare and searches constant, so search indexes take their updates at once.
ALTER INDEX directory_search_document_idx SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX directory_search_folded_trgm_idx SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX directory_search_terms_idx SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX directory_search_languages_idx SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX directory_search_states_idx SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX directory_search_counties_idx SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX directory_search_located_idx SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX directory_search_touches_idx SET (fastupdate = off);
