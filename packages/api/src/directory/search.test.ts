import { loadActor, type SignedInActor } from "@puente/auth/actor";
import type { DatabaseHandle } from "@puente/db";
import { createUser } from "@puente/db/seed";
import { createTestDatabase } from "@puente/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDirectoryFixture, SECRET } from "../testing/directory-fixture";
import { callerFor, rejectionOf } from "../testing/test-context";

let handle: DatabaseHandle;
let fixture: Awaited<ReturnType<typeof seedDirectoryFixture>>;
let member: SignedInActor;

beforeAll(async () => {
  handle = await createTestDatabase();
  fixture = await seedDirectoryFixture(handle.db);
  const user = await createUser(handle.db, { email: "reader@example.org" });
  member = (await loadActor(handle.db, user.id)) as SignedInActor;
});

afterAll(async () => {
  await handle?.close();
});

const visitorSearch = (input: Parameters<ReturnType<typeof callerFor>["directory"]["search"]>[0]) =>
  callerFor(handle).directory.search(input);

describe("directory search by place", () => {
  it("finds what is near a ZIP and what serves it from elsewhere, and nothing in another state", async () => {
    const result = await visitorSearch({ place: "30303", radius: 25 });
    const names = result.results.map((r) => r.organizationName);
    expect(names).toEqual(
      expect.arrayContaining(["Refugio Esperanza", "Georgia Immigrant Legal Line", "Macon Community Advocates", "National Survivor Hotline"]),
    );
    expect(names).not.toContain("Houston Legal Clinic");
    const reasons = Object.fromEntries(result.results.map((r) => [r.organizationName, r.reason]));
    expect(reasons).toMatchObject({
      "Refugio Esperanza": "distance",
      "Georgia Immigrant Legal Line": "state",
      "Macon Community Advocates": "county",
      "National Survivor Hotline": "nation",
    });
    // Nearest first: the Atlanta shelter leads, services without a point come last.
    expect(result.sort).toBe("distance");
    expect(result.results[0]?.organizationName).toBe("Refugio Esperanza");
  });

  it("a statewide search covers the state and no other", async () => {
    const result = await visitorSearch({ place: "Texas" });
    const names = result.results.map((r) => r.organizationName);
    expect(names).toContain("Houston Legal Clinic");
    expect(names).not.toContain("Refugio Esperanza");
    expect(result.area?.kind).toBe("state");
  });

  it("refuses an unknown place with a message in the reader's language", async () => {
    const error = await rejectionOf(callerFor(handle, undefined, { locale: "es" }).directory.search({ place: "Narnia, ZZ" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect((error as { key?: string }).key).toBe("errors.directory.unknownPlace");
  });

  it("refuses unknown service codes instead of ignoring them", async () => {
    const error = await rejectionOf(visitorSearch({ services: ["made-up"] }));
    expect(error.code).toBe("BAD_REQUEST");
  });
});

describe("filters, facets and text", () => {
  it("combines filters and counts each facet without its own filter", async () => {
    const result = await visitorSearch({ place: "30303", radius: 25, languages: ["vi"] });
    expect(result.results.map((r) => r.organizationName)).toEqual(["Georgia Immigrant Legal Line"]);
    const es = result.facets.languages.find((f) => f.value === "es");
    // Spanish would give the shelter, the Macon group and the hotline: the language filter is left out.
    expect(es?.count).toBe(3);
    const uVisa = result.facets.services.find((f) => f.value === "u-visa");
    expect(uVisa?.count).toBe(1);
  });

  it("a parent service code finds its children", async () => {
    const result = await visitorSearch({ services: ["immigration-legal"] });
    expect(result.results.map((r) => r.organizationName).sort()).toEqual(
      ["Georgia Immigrant Legal Line", "Houston Legal Clinic", "Refugio Esperanza"].sort(),
    );
  });

  it("forgives missing accents and misspellings", async () => {
    const accents = await visitorSearch({ q: "inmigracion" });
    expect(accents.results.map((r) => r.organizationName)).toContain("Refugio Esperanza");
    const typo = await visitorSearch({ q: "Esperansa" });
    expect(typo.results.map((r) => r.organizationName)).toContain("Refugio Esperanza");
  });

  it("pages with a cursor, without repeats or gaps", async () => {
    const first = await visitorSearch({ limit: 2 });
    expect(first.total).toBe(5);
    expect(first.nextCursor).not.toBeNull();
    const second = await visitorSearch({ limit: 2, cursor: first.nextCursor! });
    const third = await visitorSearch({ limit: 2, cursor: second.nextCursor! });
    const ids = [...first.results, ...second.results, ...third.results].map((r) => r.serviceId);
    expect(new Set(ids).size).toBe(5);
    expect(third.nextCursor).toBeNull();
  });

  it("refuses a forged cursor", async () => {
    const error = await rejectionOf(visitorSearch({ cursor: "not-a-cursor" }));
    expect(error.code).toBe("BAD_REQUEST");
  });
});

describe("confidential shelters", () => {
  it("a visitor's distances and map points come from the shelter's city, a member's from its street", async () => {
    const asVisitor = (await visitorSearch({ place: "30303", radius: 25 })).results.find((r) => r.organizationName === "Refugio Esperanza");
    const asMember = (await callerFor(handle, member).directory.search({ place: "30303", radius: 25 })).results.find(
      (r) => r.organizationName === "Refugio Esperanza",
    );
    expect(asVisitor?.point).toEqual({ lat: 33.749, lon: -84.388 });
    expect(asMember?.point).toEqual({ lat: 33.81, lon: -84.43 });
    expect(asVisitor?.distanceMiles).not.toBe(asMember?.distanceMiles);
  });

  it("a visitor never receives a members-class value, from search or from the listing", async () => {
    const search = await visitorSearch({ place: "30303", radius: 25 });
    const listing = await callerFor(handle).directory.byId({ organizationId: fixture.refuge.id });
    const everything = JSON.stringify([search, listing]);
    for (const secret of Object.values(SECRET)) expect(everything).not.toContain(secret);
    expect(everything).not.toContain("33.81");
    const shelter = listing.locations[0];
    expect(shelter).toMatchObject({ hidden: true, city: "Atlanta", addresses: [], phones: [] });
    expect(listing.contacts).toEqual([]);
  });

  it("a pending account is treated as a visitor", async () => {
    const pending = await createUser(handle.db, { email: "pending.reader@example.org", accountState: "pending" });
    const actor = await loadActor(handle.db, pending.id);
    const listing = await callerFor(handle, actor).directory.byId({ organizationId: fixture.refuge.id });
    expect(JSON.stringify(listing)).not.toContain(SECRET.street);
  });

  it("a vetted member sees the confidential address, phone and staff contact", async () => {
    const listing = await callerFor(handle, member).directory.byId({ organizationId: fixture.refuge.id });
    const text = JSON.stringify(listing);
    for (const secret of Object.values(SECRET)) expect(text).toContain(secret);
    expect(listing.locations[0]).toMatchObject({ hidden: false, confidential: true });
  });
});
