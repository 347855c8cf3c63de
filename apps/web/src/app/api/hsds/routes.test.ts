import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type * as Fixtures from "@puente/hsds/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as ExportRoute from "./export.zip/route";
import type * as OrganizationRoute from "./organizations/[id]/route";
import type * as RootRoute from "./route";
import type * as ServiceRoute from "./services/[id]/route";
import type * as ServicesRoute from "./services/route";

/**
 * The route handlers as Next calls them: a Request in, a Response out, against the app's own
 * database (an embedded one in a temporary folder here). Imported after the environment is set,
 * because @puente/db reads it once.
 */
let folder: string;
let routes: {
  root: typeof RootRoute;
  services: typeof ServicesRoute;
  service: typeof ServiceRoute;
  organization: typeof OrganizationRoute;
  exportZip: typeof ExportRoute;
};
let fixtures: typeof Fixtures;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "puente-hsds-routes-"));
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = folder;
  const { getDatabase } = await import("@puente/db/runtime");
  fixtures = await import("@puente/hsds/testing");
  await fixtures.seedListing((await getDatabase()).db);
  routes = {
    root: await import("./route"),
    services: await import("./services/route"),
    service: await import("./services/[id]/route"),
    organization: await import("./organizations/[id]/route"),
    exportZip: await import("./export.zip/route"),
  };
  // Migrating a fresh embedded database on a busy 2-core runner can take most of a minute.
}, 180_000);

afterAll(async () => {
  const { getDatabase } = await import("@puente/db/runtime");
  await (await getDatabase()).close();
  await rm(folder, { recursive: true, force: true });
});

const request = (url: string) => new Request(`https://puente.test/api/hsds${url}`);
const idParams = (id: string) => ({ params: Promise.resolve({ id }) });

describe("HSDS route handlers", () => {
  it("GET /api/hsds names HSDS 3.0", async () => {
    const response = await routes.root.GET();
    expect(await response.json()).toMatchObject({ version: "3.0" });
  });

  it("GET /services answers JSON with CORS open and modest caching", async () => {
    const response = await routes.services.GET(request("/services?per_page=1"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=60/);
    expect(await response.json()).toMatchObject({ total_items: 2, size: 1, page_number: 1 });
  });

  it("answers malformed parameters with 400 and an HSDS-style error body", async () => {
    const response = await routes.services.GET(request("/services?page=abc&per_page=500"));
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { code: number; details: { parameter: string }[] };
    };
    expect(body.error.code).toBe(400);
    expect(body.error.details.map((d) => d.parameter)).toEqual(["page", "per_page"]);
    expect((await routes.service.GET(request("/services/42"), idParams("42"))).status).toBe(400);
  });

  it("answers an unknown id with 404 JSON, and a known one in full", async () => {
    const missing = await routes.service.GET(
      request("/services/x"),
      idParams("99999999-9999-4999-8999-999999999999"),
    );
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 404 } });
    const found = await routes.organization.GET(
      request(`/organizations/${fixtures.ids.org}?full_service=true`),
      idParams(fixtures.ids.org),
    );
    expect(found.status).toBe(200);
    const text = await found.text();
    expect(text).toContain("Casa Segura");
    expect(text).not.toContain(fixtures.MARKER);
  });

  it("GET /export.zip downloads the datapackage", async () => {
    const response = await routes.exportZip.GET();
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="puente-hsds-\d{4}-\d{2}-\d{2}\.zip"$/,
    );
    const files = fixtures.unzipText(new Uint8Array(await response.arrayBuffer()));
    expect([...files.keys()]).toContain("datapackage.json");
    expect(files.get("services.csv")).toContain("U visa help");
    for (const text of files.values()) expect(text).not.toContain(fixtures.MARKER);
  });
});
