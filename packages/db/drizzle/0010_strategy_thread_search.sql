CREATE TABLE "strategy_thread_search" (
	"thread_id" uuid PRIMARY KEY NOT NULL,
	"last_activity_at" timestamp with time zone NOT NULL,
	"search_en" "tsvector" DEFAULT ''::tsvector NOT NULL,
	"search_es" "tsvector" DEFAULT ''::tsvector NOT NULL
);
--> statement-breakpoint
DROP INDEX "strategy_threads_listing_idx";--> statement-breakpoint
ALTER TABLE "strategy_thread_search" ADD CONSTRAINT "strategy_thread_search_thread_id_strategy_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."strategy_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "strategy_thread_search_en_idx" ON "strategy_thread_search" USING gin ("search_en");--> statement-breakpoint
CREATE INDEX "strategy_thread_search_es_idx" ON "strategy_thread_search" USING gin ("search_es");--> statement-breakpoint
CREATE INDEX "strategy_thread_search_activity_idx" ON "strategy_thread_search" USING btree ("last_activity_at" DESC NULLS LAST,"thread_id");--> statement-breakpoint
CREATE INDEX "strategy_threads_activity_idx" ON "strategy_threads" USING btree ("pinned" DESC NULLS LAST,"last_activity_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
-- Existing threads get their search documents (what refreshThreadSearch writes).
INSERT INTO strategy_thread_search (thread_id, last_activity_at, search_en, search_es)
SELECT t.id, t.last_activity_at,
  setweight(to_tsvector('english', t.title), 'A') ||
    setweight(to_tsvector('english', coalesce(concat_ws(' ', n.what_tried, n.with_whom_detail, n.lessons), '')), 'B') ||
    to_tsvector('english', coalesce((SELECT string_agg(p.body, E'\n' ORDER BY p.created_at) FROM strategy_posts p WHERE p.thread_id = t.id AND p.status = 'published'), '')),
  setweight(to_tsvector('spanish', puente_fold(t.title)), 'A') ||
    setweight(to_tsvector('spanish', puente_fold(coalesce(concat_ws(' ', n.what_tried, n.with_whom_detail, n.lessons), ''))), 'B') ||
    to_tsvector('spanish', puente_fold(coalesce((SELECT string_agg(p.body, E'\n' ORDER BY p.created_at) FROM strategy_posts p WHERE p.thread_id = t.id AND p.status = 'published'), '')))
FROM strategy_threads t LEFT JOIN strategy_notes n ON n.thread_id = t.id
ON CONFLICT (thread_id) DO NOTHING;
