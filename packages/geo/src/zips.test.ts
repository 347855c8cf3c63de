import { describe, expect, it } from "vitest";
import { lookupZip, parseZip } from "./zips";

describe("lookupZip", () => {
  it("places 30303 in downtown Atlanta, Fulton County, GA", () => {
    const zip = lookupZip("30303");
    expect(zip).toMatchObject({
      zip: "30303",
      city: "Atlanta",
      stateCode: "GA",
      countyFips: "13121",
    });
    expect(zip!.lat).toBeCloseTo(33.75, 1);
    expect(zip!.lon).toBeCloseTo(-84.39, 1);
  });

  it("accepts ZIP+4 and surrounding spaces", () => {
    expect(lookupZip(" 30303-1234 ")?.zip).toBe("30303");
    expect(parseZip("303031234")).toBe("30303");
  });

  it("knows DC, Puerto Rico, Alaska and Hawaii", () => {
    expect(lookupZip("20001")).toMatchObject({
      city: "Washington",
      stateCode: "DC",
      countyFips: "11001",
    });
    expect(lookupZip("00901")).toMatchObject({
      city: "San Juan",
      stateCode: "PR",
      countyFips: "72127",
    });
    expect(lookupZip("99501")).toMatchObject({
      city: "Anchorage",
      stateCode: "AK",
      countyFips: "02020",
    });
    expect(lookupZip("96813")).toMatchObject({
      city: "Honolulu",
      stateCode: "HI",
      countyFips: "15003",
    });
  });

  it("returns undefined for unknown, malformed, military and unplaceable ZIPs", () => {
    expect(lookupZip("99999")).toBeUndefined();
    expect(lookupZip("3030")).toBeUndefined();
    expect(lookupZip("abcde")).toBeUndefined();
    expect(lookupZip("09001")).toBeUndefined(); // APO Europe
    expect(lookupZip("10200")).toBeUndefined(); // published at +73.95° longitude
  });
});
