import { count, type DatabaseHandle } from "@puente/db";
import { ensureTaxonomy } from "@puente/db/directory";
import { listingHistory, locations, organizations, services } from "@puente/db/schema";
import { createTestDatabase } from "@puente/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importHsds } from "./import-hsds";
import { formatReport } from "./report";

const ORG = "11111111-1111-4111-8111-111111111111";
const ORG2 = "11111111-1111-4111-8111-111111111112";
const SERVICE = "22222222-2222-4222-8222-222222222221";
const DATAPACKAGE = JSON.stringify({
  resources: [
    { name: "organization", path: "organizations.csv" },
    { name: "service", path: "services.csv" },
  ],
});
const ORGS = `id,name,description,website\n${ORG},Good Org,Helps people,https://good.example.org\n${ORG2},Other Org,"Says ""hi""",\n`;
const SERVICES = `id,organization_id,name,status\n${SERVICE},${ORG},Hotline,active\n`;

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await ensureTaxonomy(handle.db);
});
afterAll(async () => handle?.close());

async function rowCounts() {
  const n = async (
    table: typeof organizations | typeof services | typeof locations | typeof listingHistory,
  ) => (await handle.db.select({ n: count() }).from(table))[0]?.n ?? 0;
  return {
    organizations: await n(organizations),
    services: await n(services),
    locations: await n(locations),
    history: await n(listingHistory),
  };
}

const files = (overrides: Record<string, string | undefined>) => {
  const all: Record<string, string | undefined> = {
    "datapackage.json": DATAPACKAGE,
    "organizations.csv": ORGS,
    "services.csv": SERVICES,
    ...overrides,
  };
  return {
    files: Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)) as Record<
      string,
      string
    >,
    source: "test",
  };
};

describe("a malformed import is refused with line numbers and writes nothing", () => {
  it.each([
    [
      "a bad uuid",
      {
        "services.csv": `id,organization_id,name,status\n${SERVICE},${ORG},Hotline,active\nnot-a-uuid,${ORG},Shelter,active\n`,
      },
      [
        {
          file: "services.csv",
          line: 3,
          message: expect.stringContaining('id must be a UUID (got "not-a-uuid")'),
        },
      ],
    ],
    [
      "a missing required field",
      { "organizations.csv": `id,name,description\n${ORG},Good Org,Helps\n${ORG2},,Helps too\n` },
      [
        {
          file: "organizations.csv",
          line: 3,
          message: expect.stringContaining("name is required"),
        },
      ],
    ],
    [
      "a bad enumeration and a bad email, both on one row",
      {
        "services.csv": `id,organization_id,name,status,email\n${SERVICE},${ORG},Hotline,open,not-an-email\n`,
      },
      [
        {
          file: "services.csv",
          line: 2,
          message: expect.stringMatching(
            /email must be an email address \(got "not-an-email"\); status must be one of: active.*\(got "open"\)/,
          ),
        },
      ],
    ],
    [
      "broken quoting",
      { "organizations.csv": `id,name,description\n${ORG},"Good Org,Helps\n${ORG2},Other,Fine\n` },
      [{ file: "organizations.csv", line: 2, message: expect.stringContaining("Broken quoting") }],
    ],
    [
      "text after a closing quote",
      {
        "organizations.csv": `id,name,description\n${ORG},Good Org,Helps\n${ORG2},"Other" Org,Fine\n`,
      },
      [{ file: "organizations.csv", line: 3, message: expect.stringContaining("Broken quoting") }],
    ],
    [
      "a row with too many fields",
      { "organizations.csv": `id,name,description\n${ORG},Good Org,Helps,extra\n` },
      [
        {
          file: "organizations.csv",
          line: 2,
          message: expect.stringContaining("Wrong number of fields"),
        },
      ],
    ],
    [
      "a missing required column",
      { "services.csv": `id,organization_id,status\n${SERVICE},${ORG},active\n` },
      [{ file: "services.csv", line: 1, message: 'Missing required column "name".' }],
    ],
    [
      "a service of an unknown organization",
      {
        "services.csv": `id,organization_id,name,status\n${SERVICE},33333333-3333-4333-8333-333333333333,Hotline,active\n`,
      },
      [
        {
          file: "services.csv",
          line: 2,
          message: expect.stringContaining("is neither in this import nor in the directory"),
        },
      ],
    ],
    [
      "a missing datapackage.json",
      { "datapackage.json": undefined },
      [{ file: "datapackage.json", message: expect.stringContaining("Missing datapackage.json") }],
    ],
    [
      "a file the datapackage lists but the input lacks",
      { "services.csv": undefined },
      [{ file: "services.csv", message: expect.stringContaining("the file is missing") }],
    ],
  ])("%s", async (_name, overrides, expected) => {
    const before = await rowCounts();
    const report = await importHsds(handle.db, files(overrides));
    expect(report.errors).toEqual(expected.map((e) => expect.objectContaining(e)));
    expect(report.written).toBe(false);
    expect(formatReport(report)).toContain("Nothing was imported");
    expect(await rowCounts()).toEqual(before);
  });

  it("a service whose organization row was rejected says so", async () => {
    const report = await importHsds(
      handle.db,
      files({ "organizations.csv": `id,name,description\n${ORG},,Helps\n` }),
      { skipInvalid: true },
    );
    expect(report.errors.map((e) => `${e.file}:${e.line} ${e.message}`)).toEqual([
      "organizations.csv:2 Rejected organization: name is required.",
      `services.csv:2 Rejected service: organization_id ${ORG} names a organization that was rejected.`,
    ]);
    expect(await rowCounts()).toMatchObject({ organizations: 0, services: 0 });
  });

  it("with --skip-invalid imports the valid rows and still reports the rest", async () => {
    const report = await importHsds(
      handle.db,
      files({
        "services.csv": `id,organization_id,name,status\n${SERVICE},${ORG},Hotline,active\nnot-a-uuid,${ORG},Shelter,active\n`,
      }),
      { skipInvalid: true },
    );
    expect(report.written).toBe(true);
    expect(report.errors).toEqual([expect.objectContaining({ file: "services.csv", line: 3 })]);
    expect(report.counts).toMatchObject({
      organization: { inserted: 2 },
      service: { inserted: 1 },
    });
    expect(await rowCounts()).toMatchObject({ organizations: 2, services: 1, history: 2 });
    expect(formatReport(report)).toContain("1 row(s) above were skipped (--skip-invalid)");
  });

  it("a line number counts the lines of a quoted multi-line field before it", async () => {
    const report = await importHsds(
      handle.db,
      files({
        "organizations.csv": `id,name,description\n${ORG},Good Org,"Line one\nline two"\nbad,Other,Fine\n`,
      }),
    );
    expect(report.errors).toEqual([
      expect.objectContaining({ file: "organizations.csv", line: 4 }),
    ]);
  });

  it("a malformed JSON file is refused", async () => {
    const report = await importHsds(handle.db, {
      kind: "json",
      source: "x.json",
      file: "x.json",
      text: '{\n  "id": "a",\n  "name": }',
    });
    expect(report.errors).toEqual([
      expect.objectContaining({
        file: "x.json",
        message: expect.stringContaining("Not valid JSON"),
      }),
    ]);
    expect(report.written).toBe(false);
  });
});
