import { states } from "@puente/geo";
import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../client";
import { taxonomyTermDefinitions } from "../directory/taxonomy-terms";
import { organizationKinds } from "../schema";
import { createTestDatabase } from "../testing";
import { DEMO_ATTORNEY_ACCOUNTS } from "./attorneys-demo";
import { CONFIDENTIAL_MARKER } from "./confidential";
import { spineOrganizations } from "./demo-places";
import { demoAccounts, demoProgramName, seedDemo } from "./demo";
import { demoConfidentialMarkers, demoDirectoryPlans } from "./directory-demo";

let handle: DatabaseHandle;

async function rows<T>(query: SQL): Promise<T[]> {
  const result = (await handle.db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

beforeAll(async () => {
  handle = await createTestDatabase();
  // A figure to watch, not a timed test (DESIGN.md, Tests): every API test file seeds the demo.
  const started = performance.now();
  await seedDemo(handle.db);
  console.info(`seedDemo (${handle.engine}): ${Math.round(performance.now() - started)} ms`);
}, 120_000);

afterAll(async () => {
  await handle?.close();
});

describe("the demo directory", () => {
  it("has at least 300 organizations of every kind", async () => {
    const kinds = await rows<{ kind: string; n: number }>(
      sql`SELECT kind, count(*)::int AS n FROM organizations GROUP BY kind`,
    );
    expect(kinds.reduce((sum, k) => sum + k.n, 0)).toBeGreaterThanOrEqual(300);
    expect(kinds.map((k) => k.kind).sort()).toEqual([...organizationKinds].sort());
  });

  it("keeps the spine's organizations, accounts and memberships", async () => {
    const found = await rows<{
      name: string;
      kind: string;
      city: string;
      state: string;
      verification_state: string;
    }>(sql`SELECT name, kind, city, state, verification_state FROM organizations`);
    const byName = new Map(found.map((o) => [o.name, o]));
    for (const o of spineOrganizations()) {
      expect(byName.get(o.name)).toEqual({
        name: o.name,
        kind: o.kind,
        city: o.city,
        state: o.state,
        verification_state: o.verificationState,
      });
    }
    const members = await rows<{ email: string; role: string }>(sql`
      SELECT u.email, m.role FROM organization_members m
      JOIN users u ON u.id = m.user_id JOIN organizations o ON o.id = m.organization_id
      WHERE o.name = ${demoProgramName} ORDER BY u.email`);
    expect(members).toEqual([
      { email: demoAccounts.advocate, role: "member" },
      { email: demoAccounts.orgadmin, role: "admin" },
    ]);
    const [people] = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM users`);
    expect(people!.n).toBe(6 + 2 * 48 + 3 + DEMO_ATTORNEY_ACCOUNTS);
  });

  it("has services located in all 50 states and DC", async () => {
    const located = await rows<{ state_code: string }>(sql`
      SELECT DISTINCT l.state_code FROM service_at_locations sal
      JOIN locations l ON l.id = sal.location_id WHERE l.location_type = 'physical'`);
    const expected = states.filter((s) => s.code !== "PR").map((s) => s.code);
    expect(located.map((r) => r.state_code).sort()).toEqual(expected.sort());
  });

  it("uses every taxonomy term directly, and has county, statewide and national areas", async () => {
    const used = await rows<{ code: string }>(sql`
      SELECT DISTINCT t.code FROM service_taxonomy_terms st JOIN taxonomy_terms t ON t.id = st.taxonomy_term_id`);
    expect(used.map((r) => r.code).sort()).toEqual(
      taxonomyTermDefinitions.map((t) => t.code).sort(),
    );
    const [areas] = await rows<{ county: number; state: number; nation: number }>(sql`
      SELECT count(*) FILTER (WHERE county_fips IS NOT NULL)::int AS county,
             count(*) FILTER (WHERE county_fips IS NULL AND state_code IS NOT NULL)::int AS state,
             count(*) FILTER (WHERE state_code IS NULL)::int AS nation
      FROM service_areas`);
    expect(areas!.county).toBeGreaterThan(100);
    expect(areas!.state).toBeGreaterThan(20);
    expect(areas!.nation).toBeGreaterThan(2);
  });

  it("has stale, recent and never-assured listings", async () => {
    const [dates] = await rows<{ recent: number; stale: number; never: number }>(sql`
      SELECT count(*) FILTER (WHERE assured_date >= current_date - 365)::int AS recent,
             count(*) FILTER (WHERE assured_date < current_date - 365)::int AS stale,
             count(*) FILTER (WHERE assured_date IS NULL)::int AS never
      FROM organizations`);
    expect(dates!.recent).toBeGreaterThan(dates!.stale);
    expect(dates!.stale).toBeGreaterThan(10);
    expect(dates!.never).toBeGreaterThan(5);
  });
});

describe("confidential shelters", () => {
  it("are shown at their city's centroid and keep street and phone for members", async () => {
    const shelters = await rows<{
      latitude: number;
      longitude: number;
      public_latitude: number;
      public_longitude: number;
      city: string;
      address_class: string;
      address2: string;
      phone_class: string | null;
    }>(sql`
      SELECT l.latitude, l.longitude, l.public_latitude, l.public_longitude, l.city,
             a.confidentiality AS address_class, a.address2, p.confidentiality AS phone_class
      FROM locations l JOIN addresses a ON a.location_id = l.id LEFT JOIN phones p ON p.location_id = l.id
      WHERE l.confidentiality = 'members'`);
    const planned = demoDirectoryPlans().filter((p) => p.shelter).length;
    expect(shelters).toHaveLength(planned);
    expect(planned).toBeGreaterThanOrEqual(15);
    for (const s of shelters) {
      expect(s.public_latitude).not.toBe(s.latitude);
      expect(s.public_longitude).not.toBe(s.longitude);
      expect(s.city).toBeTruthy();
      expect(s.address_class).toBe("members");
      expect(s.address2).toContain(CONFIDENTIAL_MARKER);
      expect(s.phone_class).toBe("members");
    }
  });

  it("mark every members-class value, and no public text contains one", async () => {
    const contacts = await rows<{ email: string; confidentiality: string }>(
      sql`SELECT email, confidentiality FROM contacts`,
    );
    for (const c of contacts) {
      expect(c.confidentiality).toBe("members");
      expect(c.email.toUpperCase()).toContain(CONFIDENTIAL_MARKER);
    }
    const stored = await rows<{ value: string }>(sql`
      SELECT address1 AS value FROM addresses WHERE confidentiality = 'members'
      UNION ALL SELECT address2 FROM addresses WHERE confidentiality = 'members'
      UNION ALL SELECT number FROM phones WHERE confidentiality = 'members'
      UNION ALL SELECT email FROM contacts`);
    expect(stored.map((r) => r.value).sort()).toEqual([...demoConfidentialMarkers].sort());
    expect(new Set(demoConfidentialMarkers).size).toBe(demoConfidentialMarkers.length);

    const publicText = await rows<{ value: string | null }>(sql`
      SELECT concat_ws(' | ', name, description, email, website, city) AS value FROM organizations
      UNION ALL SELECT concat_ws(' | ', name, alternate_name, description, email) FROM services
      UNION ALL SELECT concat_ws(' | ', name, description, city) FROM locations
      UNION ALL SELECT concat_ws(' | ', address1, address2, city, postal_code) FROM addresses WHERE confidentiality = 'public'
      UNION ALL SELECT number FROM phones WHERE confidentiality = 'public'`);
    const haystack = publicText.map((r) => r.value ?? "").join("\n");
    expect(haystack.toUpperCase()).not.toContain(CONFIDENTIAL_MARKER);
    for (const marker of demoConfidentialMarkers) expect(haystack).not.toContain(marker);
  });
});

describe("search entries", () => {
  it("has one row per active service of a listed organization", async () => {
    const [counts] = await rows<{ active: number; entries: number; missing: number }>(sql`
      SELECT (SELECT count(*)::int FROM services s JOIN organizations o ON o.id = s.organization_id
              WHERE s.status = 'active' AND o.verification_state <> 'rejected') AS active,
             (SELECT count(*)::int FROM directory_search_entries) AS entries,
             (SELECT count(*)::int FROM services s WHERE s.status = 'active'
              AND NOT EXISTS (SELECT 1 FROM directory_search_entries e WHERE e.service_id = s.id)) AS missing`);
    expect(counts!.entries).toBe(counts!.active);
    expect(counts!.missing).toBe(0);
    expect(counts!.active).toBeGreaterThan(600);
  });

  it("gives Casa Segura Atlanta its shelter, office and U-visa help in Spanish and English", async () => {
    const [org] = await rows<{
      accepts_referrals: boolean;
      verification_state: string;
      days: number;
    }>(sql`
      SELECT accepts_referrals, verification_state, current_date - assured_date AS days
      FROM organizations WHERE name = ${demoProgramName}`);
    expect(org).toMatchObject({ accepts_referrals: true, verification_state: "verified" });
    expect(org!.days).toBeLessThan(31);
    const places = await rows<{
      confidentiality: string;
      city: string;
      postal_code: string;
      address_class: string;
    }>(sql`
      SELECT l.confidentiality, l.city, a.postal_code, a.confidentiality AS address_class
      FROM locations l JOIN addresses a ON a.location_id = l.id JOIN organizations o ON o.id = l.organization_id
      WHERE o.name = ${demoProgramName} ORDER BY l.confidentiality`);
    expect(places).toEqual([
      { confidentiality: "public", city: "Atlanta", postal_code: "30303", address_class: "public" },
      {
        confidentiality: "members",
        city: "Atlanta",
        postal_code: "30312",
        address_class: "members",
      },
    ]);
    const services = await rows<{
      name: string;
      term_codes: string[];
      language_codes: string[];
    }>(sql`
      SELECT s.name, e.term_codes, e.language_codes FROM directory_search_entries e
      JOIN services s ON s.id = e.service_id JOIN organizations o ON o.id = s.organization_id
      WHERE o.name = ${demoProgramName}`);
    expect(services.map((s) => s.name)).toContain("Legal advocacy");
    const uVisa = services.find((s) => s.term_codes.includes("u-visa"));
    expect(uVisa?.term_codes).toEqual(
      expect.arrayContaining(["u-visa", "u-visa-certification", "immigration-legal"]),
    );
    expect([...uVisa!.language_codes].sort()).toEqual(["en", "es"]);
  });

  it("finds more U-visa help in Spanish than in Vietnamese within 25 miles of ZIP 30303", async () => {
    // 30303's centroid; 25 miles is about 0.36° of latitude and 0.43° of longitude there.
    const near = (language: string) =>
      rows<{ n: number }>(sql`
      SELECT count(DISTINCT e.service_id)::int AS n FROM directory_search_entries e
      JOIN directory_search_points p ON p.service_id = e.service_id
      WHERE 'u-visa' = ANY (e.term_codes) AND ${language} = ANY (e.language_codes)
        AND p.public_lat BETWEEN 33.39 AND 34.11 AND p.public_lon BETWEEN -84.82 AND -83.96`);
    const [spanish] = await near("es");
    const [vietnamese] = await near("vi");
    expect(vietnamese!.n).toBeGreaterThanOrEqual(2);
    expect(spanish!.n).toBeGreaterThan(vietnamese!.n);
  });
});
