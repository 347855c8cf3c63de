-- Text search for the directory: trigram similarity for misspellings, unaccent to fold Spanish
-- accents. (Not cube/earthdistance: with pg_trgm they can hang PGlite; distance is plain SQL.)
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
-- unaccent() is STABLE; indexes and generated values need an IMMUTABLE wrapper with a fixed dictionary.
CREATE OR REPLACE FUNCTION puente_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(unaccent('unaccent'::regdictionary, input)) $$;
