import type { DatabaseHandle } from "@puente/db";
import { addresses, contacts, locations, phones } from "@puente/db/schema";
import { createTestDatabase } from "@puente/db/testing";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HsdsError } from "../api/errors";
import { getOrganization, listOrganizations } from "../api/organizations";
import { parseParams, serviceAtLocationListParams, serviceListParams } from "../api/params";
import { getServiceAtLocation, listServiceAtLocations } from "../api/service-at-locations";
import { getService, listServices } from "../api/services";
import { exportHsdsFiles, exportHsdsZip } from "../export";
import { ids, MARKER, seedListing } from "../testing/fixtures";

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedListing(handle.db);
});
afterAll(async () => handle?.close());

const q = (query: string) => new URLSearchParams(query);

describe("confidential rows never leave through HSDS", () => {
  it("the marker is in the database (the test would prove nothing otherwise)", async () => {
    const stored = JSON.stringify([
      await handle.db.select().from(locations),
      await handle.db.select().from(addresses),
      await handle.db.select().from(phones),
      await handle.db.select().from(contacts),
    ]);
    expect(stored.match(new RegExp(MARKER, "g"))?.length).toBeGreaterThanOrEqual(8);
  });

  it("a service at a confidential shelter shows no shelter, street, phone, point or staff", async () => {
    const service = await getService(handle.db, ids.service);
    const text = JSON.stringify(service);
    expect(text).not.toContain(MARKER);
    expect(text).not.toContain(ids.shelter);
    expect(text).not.toContain("33.8001");
    expect(service.service_at_locations).toEqual([]);
    // Its hours survive, without the shelter's id.
    expect(service.schedules).toEqual([
      expect.not.objectContaining({ location_id: expect.anything() }),
    ]);
  });

  it("the organization lists only its public office, public phones and public contacts", async () => {
    const org = await getOrganization(handle.db, ids.org, { full_service: true });
    const text = JSON.stringify(org);
    expect(text).not.toContain(MARKER);
    expect((org.locations as { id: string }[]).map((l) => l.id)).toEqual([ids.office]);
    expect((org.phones as { number: string }[]).map((p) => p.number)).toEqual(["404-555-0100"]);
    expect(text).toContain("Intake desk");
    expect(text).toContain("100 Peachtree St NW");
  });

  it("lists, full lists and service_at_locations leak nothing either", async () => {
    const outputs = await Promise.all([
      listServices(handle.db, parseParams(serviceListParams, q("full=true"))),
      listOrganizations(handle.db, {
        page: 1,
        per_page: 20,
        format: "json",
        full: true,
        full_service: true,
      }),
      listServiceAtLocations(handle.db, parseParams(serviceAtLocationListParams, q("full=true"))),
      getServiceAtLocation(handle.db, ids.officeSal),
    ]);
    for (const output of outputs) expect(JSON.stringify(output)).not.toContain(MARKER);
    await expect(getServiceAtLocation(handle.db, ids.shelterSal)).rejects.toBeInstanceOf(HsdsError);
  });

  it("a rejected listing is not published", async () => {
    await expect(
      getOrganization(handle.db, ids.rejectedOrg, { full_service: false }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("the CSV export and its zip hold no confidential value", async () => {
    const files = await exportHsdsFiles(handle.db);
    for (const [name, text] of files) expect(text, name).not.toContain(MARKER);
    expect(files.get("locations.csv")).toContain(ids.office);
    expect(files.get("locations.csv")).not.toContain(ids.shelter);
    expect(files.get("contacts.csv")).toContain("Intake desk");
    const unzipped = unzipSync(await exportHsdsZip(handle.db));
    expect(Object.keys(unzipped).sort()).toEqual([...files.keys()].sort());
    for (const data of Object.values(unzipped)) expect(strFromU8(data)).not.toContain(MARKER);
  });

  it("proximity finds the office by its public point, and never the shelter", async () => {
    const near = await listServiceAtLocations(
      handle.db,
      parseParams(serviceAtLocationListParams, q("postcode=30303&proximity=2000")),
    );
    expect(JSON.stringify(near)).toContain(ids.officeSal);
    expect(JSON.stringify(near)).not.toContain(ids.shelterSal);
    const far = await listServiceAtLocations(
      handle.db,
      parseParams(serviceAtLocationListParams, q("postcode=31401&proximity=2000")),
    );
    expect(far).toMatchObject({ total_items: 0, empty: true });
  });
});
