import type { DatabaseHandle } from "@puente/db";
import { PUENTE_TAXONOMY_ID, taxonomyTermDefinitions } from "@puente/db/directory";
import { createTestDatabase } from "@puente/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ids, seedListing } from "../testing/fixtures";
import { hsdsResponse } from "./http";
import { getOrganization, listOrganizations } from "./organizations";
import type { Page } from "./page";
import {
  organizationListParams,
  parseParams,
  serviceAtLocationListParams,
  serviceListParams,
  taxonomyListParams,
  taxonomyTermListParams,
} from "./params";
import { listServiceAtLocations } from "./service-at-locations";
import { getService, listServices } from "./services";
import { getTaxonomyTerm, listTaxonomies, listTaxonomyTerms } from "./taxonomies";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await seedListing(handle.db);
});
afterAll(async () => handle?.close());

const q = (query: string) => new URLSearchParams(query);
const termId = (code: string) => taxonomyTermDefinitions.find((t) => t.code === code)!.id;
type Item = { id: string; name?: string };

async function services(query: string) {
  return (await listServices(handle.db, parseParams(serviceListParams, q(query)))) as Page<Item>;
}
async function sals(query: string) {
  return (await listServiceAtLocations(
    handle.db,
    parseParams(serviceAtLocationListParams, q(query)),
  )) as Page<Item>;
}
const names = (page: Page<Item>) => page.contents.map((c) => c.name);

describe("HSDS list filters", () => {
  it("pages with the HSDS wrapper", async () => {
    expect(await services("per_page=1")).toMatchObject({
      total_items: 2,
      total_pages: 2,
      page_number: 1,
      size: 1,
      first_page: true,
      last_page: false,
      empty: false,
      contents: [{ name: "Emergency shelter" }],
    });
    expect(await services("per_page=1&page=2")).toMatchObject({
      page_number: 2,
      first_page: false,
      last_page: true,
      contents: [{ name: "U visa help" }],
    });
    expect(await services("page=9")).toMatchObject({
      total_items: 2,
      size: 0,
      empty: true,
      contents: [],
    });
  });

  it("searches the directory's public search text, accents and typos forgiven", async () => {
    expect(names(await services("search=visa"))).toEqual(["U visa help"]);
    expect(names(await services("search=refugio"))).toEqual(["Emergency shelter"]);
    // Misspellings are corrected against the dictionary of public words, as on the directory page.
    expect(names(await services("search=refujio"))).toEqual(["Emergency shelter"]);
    expect(names(await services("search=vissa"))).toEqual(["U visa help"]);
    expect(names(await services("search=nothing-like-this"))).toEqual([]);
    // The confidential shelter's street is not in the search text.
    expect(names(await services("search=ZQXSECRET"))).toEqual([]);
  });

  it("filters by term (including narrower terms), taxonomy, organization and modification time", async () => {
    expect(names(await services(`taxonomy_term_id=${termId("u-visa")}`))).toEqual(["U visa help"]);
    expect(names(await services(`taxonomy_term_id=${termId("immigration-legal")}`))).toEqual([
      "U visa help",
    ]);
    expect(names(await services(`taxonomy_id=${PUENTE_TAXONOMY_ID}`))).toHaveLength(2);
    expect(names(await services(`organization_id=${ids.rejectedOrg}`))).toEqual([]);
    expect(names(await services(`organization_id=${ids.org}`))).toHaveLength(2);
    expect(names(await services("modified_after=2000-01-01"))).toHaveLength(2);
    expect(names(await services("modified_after=2999-01-01T00:00:00Z"))).toEqual([]);
  });

  it("minimal returns ids and modification times only", async () => {
    const page = await services("minimal=true");
    expect(page.contents).toEqual([
      { id: ids.service, last_modified: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) },
      { id: ids.legalService, last_modified: expect.any(String) },
    ]);
  });

  it("service_at_locations: only public locations, found by postcode through address or service area", async () => {
    expect((await sals("")).contents.map((c) => c.id)).toEqual([ids.officeSal]);
    expect((await sals("postcode=30303")).total_items).toBe(1);
    // 31401 is Savannah: not the office's ZIP, but the legal service serves all of Georgia.
    expect((await sals("postcode=31401")).total_items).toBe(1);
    expect((await sals("postcode=10001")).total_items).toBe(0);
    await expect(sals("postcode=00000")).rejects.toMatchObject({ status: 400 });
  });

  it("organizations: search, full and 404 for unknown ids", async () => {
    const orgs = (await listOrganizations(
      handle.db,
      parseParams(organizationListParams, q("search=segura")),
    )) as Page<Item>;
    expect(orgs.contents).toEqual([expect.objectContaining({ id: ids.org, name: "Casa Segura" })]);
    expect(orgs.contents[0]).not.toHaveProperty("services");
    const full = (await listOrganizations(
      handle.db,
      parseParams(organizationListParams, q("full=true")),
    )) as Page<Item>;
    expect(full.contents[0]).toHaveProperty("services");
    await expect(
      getOrganization(handle.db, "99999999-9999-4999-8999-999999999999", { full_service: false }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      getService(handle.db, "99999999-9999-4999-8999-999999999999"),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("taxonomies and terms: parent, top-level and search (Spanish labels too)", async () => {
    expect(
      ((await listTaxonomies(handle.db, parseParams(taxonomyListParams, q("")))) as Page<Item>)
        .total_items,
    ).toBe(1);
    const children = (await listTaxonomyTerms(
      handle.db,
      parseParams(taxonomyTermListParams, q(`parent_id=${termId("immigration-legal")}`)),
    )) as Page<Item>;
    expect(children.total_items).toBe(5);
    const top = (await listTaxonomyTerms(
      handle.db,
      parseParams(taxonomyTermListParams, q("top_only=true")),
    )) as Page<Item>;
    expect(top.total_items).toBe(12);
    const found = (await listTaxonomyTerms(
      handle.db,
      parseParams(taxonomyTermListParams, q("search=transicion")),
    )) as Page<Item>;
    expect(found.contents.map((t) => t.name)).toEqual(["Housing"]);
    expect(await getTaxonomyTerm(handle.db, termId("u-visa"))).toMatchObject({
      code: "u-visa",
      language: "en",
      parent_id: termId("immigration-legal"),
    });
  });

  it("format=ndjson streams every result, one object per line", async () => {
    const response = await hsdsResponse(() =>
      listServices(handle.db, parseParams(serviceListParams, q("format=ndjson&per_page=1"))),
    );
    expect(response.headers.get("content-type")).toContain("application/x-ndjson");
    const lines = (await response.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Item);
    expect(lines.map((l) => l.name)).toEqual(["Emergency shelter", "U visa help"]);
  });
});
