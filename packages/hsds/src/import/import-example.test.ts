import { existsSync } from "node:fs";
import path from "node:path";
import { count, eq, type DatabaseHandle } from "@puente/db";
import {
  directorySearchEntries,
  listingHistory,
  locations,
  organizations,
  services,
  serviceTaxonomyTerms,
} from "@puente/db/schema";
import { ensureTaxonomy } from "@puente/db/directory";
import { createTestDatabase } from "@puente/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hsdsReferenceDir } from "../testing/fixtures";
import { importHsds } from "./import-hsds";
import { formatReport } from "./report";

const example = path.join(hsdsReferenceDir, "examples", "csv");
const EXAMPLE_ORG = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610";
const EXAMPLE_SERVICE = "ac148810-d857-441c-9679-408f346de14b";

describe.skipIf(!existsSync(example))("importing the HSDS example datapackage", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
    await ensureTaxonomy(handle.db);
  });
  afterAll(async () => handle?.close());

  it("imports it, with warnings for what Puente stores differently", async () => {
    const progress: string[] = [];
    const report = await importHsds(handle.db, example, { onProgress: (m) => progress.push(m) });
    expect(report.errors, formatReport(report)).toEqual([]);
    expect(report.written).toBe(true);
    expect(report.counts).toMatchObject({
      organization: { inserted: 1 },
      service: { inserted: 1 },
      location: { inserted: 1 },
      address: { inserted: 1 },
      phone: { inserted: 1 },
      contact: { inserted: 1 },
      language: { inserted: 1 },
      schedule: { inserted: 1 },
      service_at_location: { inserted: 1 },
      service_area: { inserted: 1 },
      taxonomy: { inserted: 1 },
      taxonomy_term: { inserted: 1 },
    });
    expect(progress.some((m) => m.startsWith("Read services.csv"))).toBe(true);
    // The example's location names an organization that is not in the package, and a point off the globe.
    const warnings = report.warnings
      .map((w) => `${w.file}:${w.line ?? ""} ${w.message}`)
      .join("\n");
    expect(warnings).toContain("locations.csv:2 location 3a19ff88-4620-4d17-9830-ac1d859eb5d5");
    expect(warnings).toContain("not a point on Earth");
    expect(warnings).toContain('stored with state "US"');
    expect(report.notes.join("\n")).toContain("programs.csv: 1 row(s) not imported");

    const [org] = await handle.db
      .select()
      .from(organizations)
      .where(eq(organizations.id, EXAMPLE_ORG));
    expect(org).toMatchObject({
      name: "Example Organization Inc.",
      kind: "other",
      state: "US",
      verificationState: "unverified",
    });
    const [location] = await handle.db.select().from(locations);
    expect(location).toMatchObject({
      organizationId: EXAMPLE_ORG,
      confidentiality: "public",
      latitude: null,
    });
    const [entry] = await handle.db
      .select()
      .from(directorySearchEntries)
      .where(eq(directorySearchEntries.serviceId, EXAMPLE_SERVICE));
    expect(entry?.organizationId).toBe(EXAMPLE_ORG);
    const history = await handle.db
      .select()
      .from(listingHistory)
      .where(eq(listingHistory.organizationId, EXAMPLE_ORG));
    expect(history).toEqual([expect.objectContaining({ kind: "imported" })]);
  });

  it("a second import of the same package changes nothing", async () => {
    const before = await handle.db.select().from(services);
    const report = await importHsds(handle.db, example);
    expect(report.written).toBe(true);
    for (const [table, c] of Object.entries(report.counts ?? {})) {
      expect({ table, inserted: c.inserted, updated: c.updated }).toEqual({
        table,
        inserted: 0,
        updated: 0,
      });
    }
    expect(report.counts?.service.unchanged).toBe(1);
    expect(report.organizationsTouched).toEqual([]);
    expect(await handle.db.select().from(services)).toEqual(before);
    const [history] = await handle.db.select({ n: count() }).from(listingHistory);
    expect(history?.n).toBe(1);
    expect(formatReport(report)).toContain("Done: 0 listing(s) changed.");
  });

  it("imports the JSON examples too, merging the copies of each nested object", async () => {
    const report = await importHsds(
      handle.db,
      path.join(hsdsReferenceDir, "examples", "service_full.json"),
    );
    expect(report.errors, formatReport(report)).toEqual([]);
    expect(report.counts?.service).toMatchObject({ unchanged: 1 });
    // The JSON example files the service under the example term; the CSV attribute pointed nowhere.
    const terms = await handle.db
      .select()
      .from(serviceTaxonomyTerms)
      .where(eq(serviceTaxonomyTerms.serviceId, EXAMPLE_SERVICE));
    expect(terms.length).toBeLessThanOrEqual(1);
    const list = await importHsds(
      handle.db,
      path.join(hsdsReferenceDir, "examples", "organization_list.json"),
    );
    expect(list.errors, formatReport(list)).toEqual([]);
  });
});
