import { describe, expect, it } from "vitest";
import { distanceMiles } from "./distance";
import { resolvePlace } from "./place";

describe("resolvePlace", () => {
  it("reads a ZIP code, alone or in an address", () => {
    for (const text of ["30303", " 30303-0001", "Atlanta, GA 30303", "30303 (Atlanta, GA)"]) {
      expect(resolvePlace(text), text).toMatchObject({
        kind: "zip",
        zip: "30303",
        city: "Atlanta",
        stateCode: "GA",
        countyFips: "13121",
      });
    }
  });

  it("reads a city with its state in any of the usual shapes", () => {
    for (const text of [
      "Atlanta, GA",
      "Atlanta GA",
      "  atlanta ,   ga ",
      "Atlanta, Georgia",
      "ATLANTA GEORGIA",
    ]) {
      const place = resolvePlace(text);
      expect(place, text).toMatchObject({ kind: "city", label: "Atlanta, GA", stateCode: "GA" });
    }
  });

  it("puts a city at the mean of its ZIP centroids and knows every county it spans", () => {
    const atlanta = resolvePlace("Atlanta, GA");
    if (atlanta?.kind !== "city") throw new Error("expected a city");
    expect(atlanta.lat).toBeCloseTo(33.8, 1);
    expect(atlanta.lon).toBeCloseTo(-84.38, 1);
    expect(atlanta.countyFips).toBe("13121");
    expect(atlanta.countyFipsList).toEqual(expect.arrayContaining(["13121", "13089"])); // Fulton, DeKalb
    expect(atlanta.zips).toContain("30303");
    const savannah = resolvePlace("Savannah, GA")!;
    expect(distanceMiles(atlanta, savannah)).toBeGreaterThan(215);
    expect(distanceMiles(atlanta, savannah)).toBeLessThan(230);
  });

  it("expands abbreviations and multi-word states", () => {
    expect(resolvePlace("St. Louis, MO")).toMatchObject({ kind: "city", city: "Saint Louis" });
    expect(resolvePlace("Charleston West Virginia")).toMatchObject({
      kind: "city",
      stateCode: "WV",
    });
    expect(resolvePlace("Ponce, Puerto Rico")).toMatchObject({ kind: "city", stateCode: "PR" });
    expect(resolvePlace("New York, NY")).toMatchObject({ kind: "city", countyFips: "36061" });
  });

  it("reads a county in English or Spanish", () => {
    for (const text of ["Fulton County, GA", "condado de Fulton, GA", "Fulton County Georgia"]) {
      expect(resolvePlace(text), text).toMatchObject({
        kind: "county",
        countyFips: "13121",
        label: "Fulton County, GA",
        stateCode: "GA",
      });
    }
    expect(resolvePlace("Fulton County, GA", { locale: "es" })?.label).toBe(
      "condado de Fulton, GA",
    );
    expect(resolvePlace("Baltimore city, MD")).toMatchObject({
      kind: "county",
      countyFips: "24510",
    });
  });

  it("prefers the city for a bare name, the county when the county is named", () => {
    expect(resolvePlace("Richmond, VA")).toMatchObject({ kind: "city", countyFips: "51760" });
    expect(resolvePlace("Richmond County, VA")).toMatchObject({
      kind: "county",
      countyFips: "51159",
    });
  });

  it("reads a state by name, Spanish name or code", () => {
    expect(resolvePlace("Georgia")).toMatchObject({
      kind: "state",
      stateCode: "GA",
      stateFips: "13",
    });
    expect(resolvePlace("GA")).toMatchObject({ kind: "state", stateCode: "GA" });
    expect(resolvePlace("nueva york")).toMatchObject({
      kind: "state",
      stateCode: "NY",
      label: "New York",
    });
    expect(resolvePlace("Nueva York", { locale: "es" })?.label).toBe("Nueva York");
    const georgia = resolvePlace("georgia")!;
    expect(georgia.lat).toBeCloseTo(32.6, 0);
    expect(georgia.lon).toBeCloseTo(-83.4, 0);
  });

  it("resolves its own labels back to the same place", () => {
    for (const text of [
      "30303",
      "Atlanta, GA",
      "Fulton County, GA",
      "Georgia",
      "Orleans Parish, LA",
    ]) {
      for (const locale of ["en", "es"] as const) {
        const place = resolvePlace(text, { locale })!;
        expect(resolvePlace(place.label, { locale }), `${text} ${locale}`).toEqual(place);
      }
    }
  });

  it("returns undefined for unknown or ambiguous places", () => {
    expect(resolvePlace("Xyzzy")).toBeUndefined();
    expect(resolvePlace("Xyzzy, GA")).toBeUndefined();
    expect(resolvePlace("99999")).toBeUndefined();
    expect(resolvePlace("")).toBeUndefined();
    expect(resolvePlace("   ")).toBeUndefined();
    expect(resolvePlace("Atlanta")).toBeUndefined(); // Georgia, Texas, Illinois...
    expect(resolvePlace("Fulton County")).toBeUndefined();
  });

  it("accepts a bare name when only one state has it", () => {
    expect(resolvePlace("Virginia Beach")).toMatchObject({ kind: "city", stateCode: "VA" });
    expect(resolvePlace("Miami-Dade County")).toMatchObject({
      kind: "county",
      countyFips: "12086",
    });
  });
});
