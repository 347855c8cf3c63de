import { existsSync } from "node:fs";
import type { DatabaseHandle } from "@puente/db";
import { createTestDatabase } from "@puente/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hsdsValidator, schemaErrors } from "../testing/hsds-schemas";
import { hsdsReferenceDir, ids, seedListing } from "../testing/fixtures";
import { apiInfo } from "./meta";
import { getOrganization, listOrganizations } from "./organizations";
import type { Page } from "./page";
import {
  parseParams,
  serviceAtLocationListParams,
  serviceListParams,
  taxonomyListParams,
  taxonomyTermListParams,
} from "./params";
import { getServiceAtLocation, listServiceAtLocations } from "./service-at-locations";
import { getService, listServices } from "./services";
import { getTaxonomy, getTaxonomyTerm, listTaxonomies, listTaxonomyTerms } from "./taxonomies";

// The one allowed condition: the specification's files live beside the repository, not in it.
// Compiling the multi-megabyte compiled schemas takes seconds each on a busy runner.
describe.skipIf(!existsSync(hsdsReferenceDir))(
  "HSDS API output validates against the HSDS 3.0 schemas",
  { timeout: 120_000 },
  () => {
    let handle: DatabaseHandle;
    beforeAll(async () => {
      handle = await createTestDatabase();
      await seedListing(handle.db);
    });
    afterAll(async () => handle?.close());

    const q = (query: string) => new URLSearchParams(query);

    function expectValid(file: string, value: unknown) {
      const validate = hsdsValidator(file);
      const ok = validate(value);
      expect(ok ? [] : schemaErrors(validate), file).toEqual([]);
    }

    function expectPageOf(file: string, page: unknown, minItems = 1) {
      const p = page as Page<unknown>;
      expect(Object.keys(p).sort()).toEqual(
        [
          "contents",
          "empty",
          "first_page",
          "last_page",
          "page_number",
          "size",
          "total_items",
          "total_pages",
        ].sort(),
      );
      expect(p.contents.length).toBeGreaterThanOrEqual(minItems);
      for (const item of p.contents) expectValid(file, item);
    }

    it("the validators do refuse a broken object (so a pass means something)", async () => {
      const { status: _status, ...service } = await getService(handle.db, ids.legalService);
      const validate = hsdsValidator("compiled/service.json");
      expect(validate(service)).toBe(false);
      expect(validate({ ...service, status: "active", service_areas: [{ name: "no id" }] })).toBe(
        false,
      );
    });

    it("GET / names HSDS 3.0", () => {
      expect(apiInfo()).toMatchObject({
        version: "3.0",
        profile: expect.stringMatching(/^https:\/\//),
      });
    });

    it("services: one, a page, and a page of full services", async () => {
      expectValid("compiled/service.json", await getService(handle.db, ids.legalService));
      expectValid("compiled/service.json", await getService(handle.db, ids.service));
      expectPageOf(
        "compiled/service_list.json",
        await listServices(handle.db, parseParams(serviceListParams, q(""))),
        2,
      );
      expectPageOf(
        "compiled/service.json",
        await listServices(handle.db, parseParams(serviceListParams, q("full=true"))),
        2,
      );
    });

    it("organizations: one (with full services) and pages", async () => {
      expectValid(
        "compiled/organization.json",
        await getOrganization(handle.db, ids.org, { full_service: false }),
      );
      expectValid(
        "compiled/organization.json",
        await getOrganization(handle.db, ids.org, { full_service: true }),
      );
      const params = {
        page: 1,
        per_page: 20,
        format: "json" as const,
        full: false,
        full_service: false,
      };
      expectPageOf("compiled/organization_list.json", await listOrganizations(handle.db, params));
      expectPageOf(
        "compiled/organization.json",
        await listOrganizations(handle.db, { ...params, full: true }),
      );
    });

    it("service_at_locations: one and pages", async () => {
      expectValid(
        "compiled/service_at_location.json",
        await getServiceAtLocation(handle.db, ids.officeSal),
      );
      expectPageOf(
        "compiled/service_at_location_list.json",
        await listServiceAtLocations(handle.db, parseParams(serviceAtLocationListParams, q(""))),
      );
      expectPageOf(
        "compiled/service_at_location.json",
        await listServiceAtLocations(
          handle.db,
          parseParams(serviceAtLocationListParams, q("full=true")),
        ),
      );
    });

    it("taxonomies and taxonomy terms", async () => {
      const taxonomies = (await listTaxonomies(
        handle.db,
        parseParams(taxonomyListParams, q("")),
      )) as Page<{ id: string }>;
      expectPageOf("taxonomy.json", taxonomies);
      expectValid("taxonomy.json", await getTaxonomy(handle.db, taxonomies.contents[0]!.id));
      const terms = (await listTaxonomyTerms(
        handle.db,
        parseParams(taxonomyTermListParams, q("per_page=100")),
      )) as Page<{ id: string }>;
      expectPageOf("taxonomy_term.json", terms, 17);
      expectValid("taxonomy_term.json", await getTaxonomyTerm(handle.db, terms.contents[0]!.id));
    });
  },
);
