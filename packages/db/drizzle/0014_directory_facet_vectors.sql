CREATE TABLE "directory_facet_positions" (
	"facet" text NOT NULL,
	"value" text NOT NULL,
	"position" integer NOT NULL,
	"unit" numeric NOT NULL,
	CONSTRAINT "directory_facet_positions_facet_value_pk" PRIMARY KEY("facet","value"),
	CONSTRAINT "directory_facet_positions_facet_position_unique" UNIQUE("facet","position")
);
--> statement-breakpoint
ALTER TABLE "directory_search_entries" ADD COLUMN "term_vector" numeric DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "directory_search_entries" ADD COLUMN "language_vector" numeric DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "directory_search_entries" ADD COLUMN "population_vector" numeric DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "directory_search_entries" ADD COLUMN "kind_vector" numeric DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "directory_search_filters" ADD COLUMN "term_vector" numeric DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "directory_search_filters" ADD COLUMN "language_vector" numeric DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "directory_search_filters" ADD COLUMN "population_vector" numeric DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "directory_search_filters" ADD COLUMN "kind_vector" numeric DEFAULT '0' NOT NULL;--> statement-breakpoint
-- Gives each value of `vals` that has none yet the next free position of facet `f` (values in
-- alphabetical order), and returns how many it added. Callers hold refreshSearchEntries' advisory
-- lock, so positions never race.
CREATE OR REPLACE FUNCTION puente_add_facet_values(f text, vals text[]) RETURNS integer
  LANGUAGE sql VOLATILE
  AS $$
  WITH added AS (INSERT INTO directory_facet_positions (facet, value, position, unit)
  SELECT f, n.value, n.position, ('1' || repeat('0', 8 * n.position))::numeric
  FROM (
    SELECT v.value, ((SELECT coalesce(max(p.position), -1) FROM directory_facet_positions p WHERE p.facet = f)
                     + row_number() OVER (ORDER BY v.value))::int AS position
    FROM (SELECT DISTINCT u AS value FROM unnest(vals) u WHERE u IS NOT NULL) v
    WHERE NOT EXISTS (SELECT 1 FROM directory_facet_positions p WHERE p.facet = f AND p.value = v.value)
  ) n
  RETURNING 1)
  SELECT count(*)::int FROM added
$$;--> statement-breakpoint
-- An entry's vector for facet `f`: one unit per distinct value it has.
CREATE OR REPLACE FUNCTION puente_facet_vector(f text, vals text[]) RETURNS numeric
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
  SELECT coalesce(sum(p.unit), 0) FROM directory_facet_positions p WHERE p.facet = f AND p.value = ANY(vals)
$$;--> statement-breakpoint
SELECT puente_add_facet_values('kinds', enum_range(NULL::organization_kind)::text[]);--> statement-breakpoint
SELECT puente_add_facet_values('services', ARRAY(SELECT DISTINCT unnest(term_codes) FROM directory_search_entries));--> statement-breakpoint
SELECT puente_add_facet_values('languages', ARRAY(SELECT DISTINCT unnest(language_codes) FROM directory_search_entries));--> statement-breakpoint
SELECT puente_add_facet_values('populations', ARRAY(SELECT DISTINCT unnest(populations) FROM directory_search_entries));--> statement-breakpoint
UPDATE directory_search_entries SET
  term_vector = puente_facet_vector('services', term_codes),
  language_vector = puente_facet_vector('languages', language_codes),
  population_vector = puente_facet_vector('populations', populations),
  kind_vector = puente_facet_vector('kinds', ARRAY[kind::text]);--> statement-breakpoint
-- The filter rows are written again rather than updated in place: an update would move every row
-- to the end of the table and lose the state-by-state order a search by place relies on.
CREATE TEMP TABLE filters_with_vectors AS
  SELECT f.service_id, f.kind, f.term_codes, f.language_codes, f.populations, f.accepts_referrals, f.verified,
    f.serves_states, f.serves_counties, f.serves_nation, f.located_states, f.touches_states, f.folded,
    f.lat, f.lon, f.public_lat, f.public_lon,
    e.term_vector, e.language_vector, e.population_vector, e.kind_vector
  FROM directory_search_filters f JOIN directory_search_entries e ON e.service_id = f.service_id;--> statement-breakpoint
TRUNCATE directory_search_filters;--> statement-breakpoint
INSERT INTO directory_search_filters (
  service_id, kind, term_codes, language_codes, populations, accepts_referrals, verified,
  serves_states, serves_counties, serves_nation, located_states, touches_states, folded,
  lat, lon, public_lat, public_lon, term_vector, language_vector, population_vector, kind_vector)
SELECT * FROM filters_with_vectors
ORDER BY serves_nation DESC, coalesce(located_states[1], serves_states[1], touches_states[1]), public_lat, service_id;--> statement-breakpoint
DROP TABLE filters_with_vectors;
