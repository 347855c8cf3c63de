import { queryRows, type DatabaseHandle } from "@puente/db";
import { ensureTaxonomy, refreshSearchEntries } from "@puente/db/directory";
import { serviceAtLocations } from "@puente/db/schema";
import { createOrganization } from "@puente/db/seed";
import { createTestDatabase } from "@puente/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addLocation, addService } from "../testing/directory-fixture";
import { callerFor } from "../testing/test-context";

// A one-office service is read from its filter row's point, a service with several offices from
// its points: both must be found by whichever office is within the radius, at that office's distance.
let handle: DatabaseHandle;
let twoOffices: { organizationId: string; serviceId: string; grandJunction: string };

beforeAll(async () => {
  handle = await createTestDatabase();
  await ensureTaxonomy(handle.db);
  const network = await createOrganization(handle.db, { name: "Front Range Legal Network", kind: "legal_services", city: "Denver", state: "CO" });
  const denver = await addLocation(handle.db, network.id, { city: "Denver", stateCode: "CO", lat: 39.7392, lon: -104.9903 });
  const grandJunction = await addLocation(handle.db, network.id, { city: "Grand Junction", stateCode: "CO", lat: 39.0639, lon: -108.5506 });
  const serviceId = await addService(handle.db, network.id, { name: "Immigration clinic", terms: ["u-visa"], languages: ["es"] }, [denver, grandJunction]);
  const boulder = await createOrganization(handle.db, { name: "Boulder Survivor Center", kind: "dv_program", city: "Boulder", state: "CO" });
  const office = await addLocation(handle.db, boulder.id, { city: "Boulder", stateCode: "CO", lat: 40.015, lon: -105.2705 });
  await addService(handle.db, boulder.id, { name: "Counseling", terms: ["counseling"], languages: ["en"] }, [office]);
  await refreshSearchEntries(handle.db);
  twoOffices = { organizationId: network.id, serviceId, grandJunction };
});

afterAll(async () => {
  await handle?.close();
});

const search = (place: string, radius: number) => callerFor(handle).directory.search({ place, radius });

const filterPoint = async (serviceId: string) => {
  const [row] = await queryRows<{ public_lat: number | null }>(
    handle.db,
    sql`SELECT public_lat FROM directory_search_filters WHERE service_id = ${serviceId}::uuid`,
  );
  return row?.public_lat;
};

describe("radius search over one-office and several-office services", () => {
  it("finds a service with two offices near either one, at the nearer office's distance", async () => {
    const nearDenver = await search("80202", 50);
    const byName = Object.fromEntries(nearDenver.results.map((r) => [r.organizationName, r]));
    expect(Object.keys(byName).sort()).toEqual(["Boulder Survivor Center", "Front Range Legal Network"]);
    expect(byName["Front Range Legal Network"]?.reason).toBe("distance");
    expect(byName["Front Range Legal Network"]!.distanceMiles!).toBeLessThan(3);
    expect(byName["Boulder Survivor Center"]!.distanceMiles!).toBeGreaterThan(15);
    // Nearest first.
    expect(nearDenver.results.map((r) => r.organizationName)).toEqual(["Front Range Legal Network", "Boulder Survivor Center"]);

    const nearGrandJunction = await search("81501", 25);
    expect(nearGrandJunction.results.map((r) => r.organizationName)).toEqual(["Front Range Legal Network"]);
    expect(nearGrandJunction.results[0]!.distanceMiles!).toBeLessThan(3);
    expect(nearGrandJunction.total).toBe(1);
  });

  it("keeps the filter row's point in step when a service goes from two offices to one", async () => {
    expect(await filterPoint(twoOffices.serviceId)).toBeNull();
    await handle.db.delete(serviceAtLocations).where(sql`${serviceAtLocations.locationId} = ${twoOffices.grandJunction}::uuid`);
    await refreshSearchEntries(handle.db, [twoOffices.organizationId]);
    expect(await filterPoint(twoOffices.serviceId)).toBeCloseTo(39.7392);

    const nearGrandJunction = await search("81501", 25);
    expect(nearGrandJunction.total).toBe(0);
    const nearDenver = await search("80202", 50);
    expect(nearDenver.results.map((r) => r.organizationName)).toEqual(["Front Range Legal Network", "Boulder Survivor Center"]);
    expect(nearDenver.results[0]!.distanceMiles!).toBeLessThan(3);
  });
});
