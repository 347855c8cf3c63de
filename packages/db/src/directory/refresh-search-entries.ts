import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "../client";

/**
 * Rebuilds the directory search rows (entries, their narrow filter copies and points) of the
 * given organizations, or of all when `organizationIds` is omitted. Call it in the same
 * transaction as the listing write, so search never shows a listing other than as it is stored.
 *
 * Only public text goes into the search document: a snippet or a match can never reveal a
 * confidential street, phone or contact.
 */
export async function refreshSearchEntries(db: Executor, organizationIds?: string[]) {
  if (organizationIds && organizationIds.length === 0) return;
  const orgFilter: SQL = organizationIds
    ? sql`s.organization_id IN (${sql.join(
        organizationIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql`true`;
  const entryFilter: SQL = organizationIds
    ? sql`organization_id IN (${sql.join(
        organizationIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql`true`;

  // The dictionary of document words loses these entries' words, and gains them back as
  // rebuilt below: a word no entry holds any more stops correcting misspelled queries. Listings
  // share words, and two refreshes would lock their word rows in different orders (a deadlock):
  // one refresh at a time keeps the dictionary, until its transaction ends.
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext('directory_search_words'))`);
  const entryWords = sql`SELECT u.lexeme AS word, count(*)::int AS entries
      FROM directory_search_entries e, unnest(e.document) u WHERE ${entryFilter} GROUP BY u.lexeme`;
  await db.execute(sql`
    UPDATE directory_search_words w SET entries = w.entries - gone.entries
    FROM (${entryWords}) gone WHERE w.word = gone.word`);
  await db.execute(sql`DELETE FROM directory_search_words WHERE entries <= 0`);
  await db.execute(sql`DELETE FROM directory_search_entries WHERE ${entryFilter}`);
  // Facet vectors are computed as the rows go in, so every value they hold needs its position first.
  await addFacetValues(db, orgFilter);
  await db.execute(sql`
    INSERT INTO directory_search_entries (
      service_id, organization_id, document, folded, kind, term_codes, language_codes, populations,
      accepts_referrals, verified, assured_date, serves_states, serves_counties, serves_nation,
      located_states, touches_states, updated_at, ${sql.raw(vectorColumns)})
    SELECT x.*, ${vectorsOf("x")} FROM (SELECT
      s.id,
      o.id,
      setweight(to_tsvector('simple', puente_fold(concat_ws(' ', s.name, s.alternate_name, o.name, o.alternate_name))), 'A')
      || setweight(to_tsvector('simple', puente_fold(coalesce(terms.text, ''))), 'B')
      || setweight(to_tsvector('simple', puente_fold(concat_ws(' ', s.description, o.description, s.eligibility_description))), 'C')
      || setweight(to_tsvector('simple', puente_fold(concat_ws(' ', places.cities, o.city))), 'D'),
      puente_fold(concat_ws(' ', s.name, o.name)),
      o.kind,
      coalesce(terms.codes, '{}') AS term_codes,
      coalesce((SELECT array_agg(DISTINCT lower(l.code)) FROM languages l WHERE l.service_id = s.id), '{}') AS language_codes,
      o.populations,
      o.accepts_referrals,
      o.verification_state = 'verified',
      coalesce(s.assured_date, o.assured_date),
      coalesce((SELECT array_agg(DISTINCT a.state_code) FROM service_areas a
                WHERE a.service_id = s.id AND a.state_code IS NOT NULL AND a.county_fips IS NULL), '{}'),
      coalesce((SELECT array_agg(DISTINCT a.county_fips) FROM service_areas a
                WHERE a.service_id = s.id AND a.county_fips IS NOT NULL), '{}'),
      EXISTS (SELECT 1 FROM service_areas a WHERE a.service_id = s.id AND a.state_code IS NULL AND a.county_fips IS NULL),
      coalesce(places.states, '{}'),
      ARRAY(SELECT DISTINCT st FROM unnest(
        coalesce(places.states, '{}') ||
        coalesce((SELECT array_agg(a.state_code) FROM service_areas a
                  WHERE a.service_id = s.id AND a.state_code IS NOT NULL), '{}')) AS st),
      now()
    FROM services s
    JOIN organizations o ON o.id = s.organization_id
    LEFT JOIN LATERAL (
      -- A term's parent code is indexed too, so filtering on "immigration legal services" finds U-visa help.
      SELECT array_agg(DISTINCT c) AS codes, string_agg(DISTINCT t.name || ' ' || t.name_es, ' ') AS text
      FROM service_taxonomy_terms st
      JOIN taxonomy_terms t ON t.id = st.taxonomy_term_id
      LEFT JOIN taxonomy_terms p ON p.id = t.parent_id
      CROSS JOIN LATERAL unnest(array_remove(ARRAY[t.code, p.code], NULL)) AS c
      WHERE st.service_id = s.id
    ) terms ON true
    LEFT JOIN LATERAL (
      SELECT array_agg(DISTINCT l.state_code) FILTER (WHERE l.state_code IS NOT NULL) AS states,
             string_agg(DISTINCT l.city, ' ') AS cities
      FROM service_at_locations sal JOIN locations l ON l.id = sal.location_id
      WHERE sal.service_id = s.id
    ) places ON true
    WHERE ${orgFilter} AND s.status = 'active' AND o.verification_state <> 'rejected') x`);

  await db.execute(sql`
    INSERT INTO directory_search_words (word, entries)
    SELECT word, entries FROM (${entryWords}) added ORDER BY word
    ON CONFLICT (word) DO UPDATE SET entries = directory_search_words.entries + excluded.entries`);

  await db.execute(sql`
    DELETE FROM directory_search_points p USING services s
    WHERE p.service_id = s.id AND ${orgFilter}`);
  await db.execute(sql`
    INSERT INTO directory_search_points (service_id, location_id, lat, lon, public_lat, public_lon, confidential, sole)
    SELECT service_id, location_id, lat, lon, public_lat, public_lon, confidential,
      count(*) OVER (PARTITION BY service_id) = 1 FROM (
      SELECT DISTINCT ON (sal.service_id, l.id)
        sal.service_id, l.id AS location_id, l.latitude AS lat, l.longitude AS lon,
        coalesce(l.public_latitude, l.latitude) AS public_lat, coalesce(l.public_longitude, l.longitude) AS public_lon,
        l.confidentiality = 'members' AS confidential, l.state_code
      FROM service_at_locations sal
      JOIN locations l ON l.id = sal.location_id
      JOIN services s ON s.id = sal.service_id
      JOIN directory_search_entries e ON e.service_id = s.id
      WHERE ${orgFilter} AND l.latitude IS NOT NULL AND l.longitude IS NOT NULL AND l.location_type = 'physical'
      ORDER BY sal.service_id, l.id) p
    -- Stored by state and latitude, so the points in a search's box share pages.
    ORDER BY state_code, public_lat`);

  // The narrow copy a search by place reads, with the point of a one-office service, stored
  // nationwide services first and then state by state and by latitude, so one state's rows, and
  // the rows in a search's box, share pages (a whole-directory refresh, as the seeds run, stores
  // them so).
  await db.execute(sql`
    DELETE FROM directory_search_filters f USING services s
    WHERE f.service_id = s.id AND ${orgFilter}`);
  await db.execute(sql`
    INSERT INTO directory_search_filters (
      service_id, kind, term_codes, language_codes, populations, accepts_referrals, verified,
      serves_states, serves_counties, serves_nation, located_states, touches_states, folded,
      lat, lon, public_lat, public_lon, ${sql.raw(vectorColumns)})
    SELECT e.service_id, e.kind, e.term_codes, e.language_codes, e.populations, e.accepts_referrals, e.verified,
      e.serves_states, e.serves_counties, e.serves_nation, e.located_states, e.touches_states, e.folded,
      p.lat, p.lon, p.public_lat, p.public_lon, ${sql.raw(prefixed("e"))}
    FROM (SELECT * FROM directory_search_entries WHERE ${entryFilter}) e
    LEFT JOIN directory_search_points p ON p.service_id = e.service_id AND p.sole
    ORDER BY e.serves_nation DESC, coalesce(e.located_states[1], e.serves_states[1], e.touches_states[1]),
      p.public_lat, e.service_id`);
}

const vectorColumns = "term_vector, language_vector, population_vector, kind_vector";
const prefixed = (alias: string) => vectorColumns.split(", ").map((c) => `${alias}.${c}`).join(", ");

/** The facet vectors of the search entry in `alias` (see `directory_facet_positions`). */
function vectorsOf(alias: string): SQL {
  return sql.raw(`puente_facet_vector('services', ${alias}.term_codes), puente_facet_vector('languages', ${alias}.language_codes),
      puente_facet_vector('populations', ${alias}.populations), puente_facet_vector('kinds', ARRAY[${alias}.kind::text])`);
}

/**
 * Positions for the facet values the services of `orgFilter` are about to be indexed with that
 * have none yet (a language seen for the first time, say), read from the listing tables as the
 * entries are built: taxonomy codes with their parents' codes, language codes lower-cased, the
 * organizations' populations, and every organization kind. Runs under the refresh's advisory lock.
 */
async function addFacetValues(db: Executor, orgFilter: SQL) {
  await db.execute(sql`SELECT puente_add_facet_values('kinds', enum_range(NULL::organization_kind)::text[]),
    puente_add_facet_values('services', ARRAY(
      SELECT c FROM services s
      JOIN service_taxonomy_terms st ON st.service_id = s.id
      JOIN taxonomy_terms t ON t.id = st.taxonomy_term_id
      LEFT JOIN taxonomy_terms p ON p.id = t.parent_id
      CROSS JOIN LATERAL unnest(array_remove(ARRAY[t.code, p.code], NULL)) AS c
      WHERE ${orgFilter})),
    puente_add_facet_values('languages', ARRAY(
      SELECT lower(l.code) FROM languages l JOIN services s ON s.id = l.service_id WHERE ${orgFilter})),
    puente_add_facet_values('populations', ARRAY(
      SELECT unnest(o.populations) FROM organizations o JOIN services s ON s.organization_id = o.id WHERE ${orgFilter}))`);
}
