CREATE TABLE "directory_search_filters" (
	"service_id" uuid PRIMARY KEY NOT NULL,
	"kind" "organization_kind" NOT NULL,
	"term_codes" text[] NOT NULL,
	"language_codes" text[] NOT NULL,
	"populations" text[] NOT NULL,
	"accepts_referrals" boolean NOT NULL,
	"verified" boolean NOT NULL,
	"serves_states" text[] NOT NULL,
	"serves_counties" text[] NOT NULL,
	"serves_nation" boolean NOT NULL,
	"located_states" text[] NOT NULL,
	"touches_states" text[] NOT NULL,
	"folded" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "directory_search_filters" ADD CONSTRAINT "directory_search_filters_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "directory_search_filters_states_idx" ON "directory_search_filters" USING gin ("serves_states");--> statement-breakpoint
CREATE INDEX "directory_search_filters_counties_idx" ON "directory_search_filters" USING gin ("serves_counties");--> statement-breakpoint
CREATE INDEX "directory_search_filters_touches_idx" ON "directory_search_filters" USING gin ("touches_states");--> statement-breakpoint
CREATE INDEX "directory_search_filters_nation_idx" ON "directory_search_filters" USING btree ("service_id") WHERE "directory_search_filters"."serves_nation";--> statement-breakpoint
-- Searches read these indexes constantly and listing writes are rare (see 0003).
ALTER INDEX directory_search_filters_states_idx SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX directory_search_filters_counties_idx SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX directory_search_filters_touches_idx SET (fastupdate = off);--> statement-breakpoint
-- Existing entries, nationwide services first, then state by state (as refreshSearchEntries writes them).
INSERT INTO directory_search_filters (
  service_id, kind, term_codes, language_codes, populations, accepts_referrals, verified,
  serves_states, serves_counties, serves_nation, located_states, touches_states, folded)
SELECT service_id, kind, term_codes, language_codes, populations, accepts_referrals, verified,
  serves_states, serves_counties, serves_nation, located_states, touches_states, folded
FROM directory_search_entries
ORDER BY serves_nation DESC, coalesce(located_states[1], serves_states[1], touches_states[1]), service_id;
