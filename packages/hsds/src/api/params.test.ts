import { describe, expect, it, vi } from "vitest";
import { errorBody, HsdsError } from "./errors";
import { hsdsResponse } from "./http";
import {
  MAX_PER_PAGE,
  organizationParams,
  parseId,
  parseParams,
  serviceAtLocationListParams,
  serviceListParams,
  taxonomyTermListParams,
} from "./params";

const q = (query: string) => new URLSearchParams(query);

function badRequest(run: () => unknown): HsdsError {
  try {
    run();
  } catch (error) {
    if (error instanceof HsdsError) return error;
    throw error;
  }
  throw new Error("expected a 400");
}

describe("HSDS query parameters", () => {
  it("defaults a bare list request to page 1 of 20, JSON", () => {
    expect(parseParams(serviceListParams, q(""))).toMatchObject({
      page: 1,
      per_page: 20,
      format: "json",
      full: false,
      minimal: false,
    });
  });

  it("reads every filter the specification lists for /services", () => {
    const params = parseParams(
      serviceListParams,
      q(
        "search=shelter&page=2&per_page=50&taxonomy_term_id=7C1E3F5A-0000-4000-8000-000000000101&organization_id=0a000000-0000-4000-8000-000000000001&modified_after=2026-01-01&full=true",
      ),
    );
    expect(params).toMatchObject({ search: "shelter", page: 2, per_page: 50, full: true });
    expect(params.modified_after?.toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  it.each([
    ["page=two", "page", "must be a whole number"],
    ["page=0", "page", "must be at least 1"],
    ["page=-1", "page", "must be a whole number"],
    [`per_page=${MAX_PER_PAGE + 1}`, "per_page", `must be at most ${MAX_PER_PAGE}`],
    ["per_page=1.5", "per_page", "must be a whole number"],
    ["organization_id=not-a-uuid", "organization_id", "must be a UUID"],
    ["taxonomy_id=123", "taxonomy_id", "must be a UUID"],
    ["modified_after=yesterday", "modified_after", "must be an ISO 8601 date or date-time"],
    ["modified_after=2026-13-45", "modified_after", "must be an ISO 8601 date or date-time"],
    ["full=yes", "full", 'must be "true" or "false"'],
    ["format=xml", "format", 'must be "json" or "ndjson"'],
    ["search=", "search", "must not be empty"],
  ])("refuses %s with a 400 naming %s", (query, parameter, message) => {
    const error = badRequest(() => parseParams(serviceListParams, q(query)));
    expect(error.status).toBe(400);
    expect(error.details).toEqual([{ parameter, message: expect.stringContaining(message) }]);
    expect(error.message).toContain(parameter);
  });

  it("lists every bad parameter at once", () => {
    const error = badRequest(() => parseParams(serviceListParams, q("page=x&per_page=1000")));
    expect(error.details.map((d) => d.parameter)).toEqual(["page", "per_page"]);
  });

  it("refuses a parameter given twice rather than guessing which was meant", () => {
    expect(
      badRequest(() => parseParams(serviceListParams, q("page=1&page=2"))).details[0]?.parameter,
    ).toBe("page");
  });

  it("reads postcode and proximity, and refuses proximity without a postcode", () => {
    expect(
      parseParams(serviceAtLocationListParams, q("postcode=30303-1234&proximity=5000")),
    ).toMatchObject({
      postcode: "30303",
      proximity: 5000,
    });
    expect(
      badRequest(() => parseParams(serviceAtLocationListParams, q("proximity=5000"))).details[0]
        ?.parameter,
    ).toBe("proximity");
    expect(
      badRequest(() => parseParams(serviceAtLocationListParams, q("postcode=ATL"))).details[0]
        ?.parameter,
    ).toBe("postcode");
    expect(
      badRequest(() => parseParams(serviceAtLocationListParams, q("postcode=30303&proximity=-3")))
        .details[0]?.parameter,
    ).toBe("proximity");
  });

  it("reads the taxonomy_terms and organization parameters", () => {
    expect(parseParams(taxonomyTermListParams, q("top_only=true"))).toMatchObject({
      top_only: true,
    });
    expect(parseParams(organizationParams, q("full_service=true"))).toEqual({ full_service: true });
    expect(badRequest(() => parseParams(taxonomyTermListParams, q("parent_id=x"))).status).toBe(
      400,
    );
  });

  it("refuses a malformed path id with a 400", () => {
    expect(parseId("0A000000-0000-4000-8000-000000000001")).toBe(
      "0A000000-0000-4000-8000-000000000001",
    );
    expect(badRequest(() => parseId("42")).details).toEqual([
      { parameter: "id", message: "must be a UUID" },
    ]);
  });
});

describe("HSDS error responses", () => {
  it("answers a bad parameter with 400 and an error body, CORS open, not cached", async () => {
    const response = await hsdsResponse(async () => parseParams(serviceListParams, q("page=abc")));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      error: {
        code: 400,
        message: "Invalid parameter: page must be a whole number.",
        details: [{ parameter: "page", message: "must be a whole number" }],
      },
    });
  });

  it("hides the cause of an unexpected failure", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await hsdsResponse(async () => {
      throw new Error("connection refused at 10.0.0.3");
    });
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain("10.0.0.3");
  });

  it("shapes a 404 like the 400", () => {
    expect(errorBody(new HsdsError(404, "No service with id x."))).toEqual({
      error: { code: 404, message: "No service with id x." },
    });
  });
});
