import { describe, expect, it } from "vitest";
import {
  boundingBox,
  clampRadius,
  distanceMiles,
  EARTH_RADIUS_MILES,
  type LatLon,
} from "./distance";
import { lookupZip } from "./zips";

/** The point `miles` away from `from` on an initial bearing (great-circle destination). */
function destination(from: LatLon, miles: number, bearing: number): LatLon {
  const d = miles / EARTH_RADIUS_MILES;
  const lat1 = (from.lat * Math.PI) / 180;
  const lon1 = (from.lon * Math.PI) / 180;
  const lat2 = Math.asin(
    Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(bearing),
  );
  const lon2 =
    lon1 +
    Math.atan2(
      Math.sin(bearing) * Math.sin(d) * Math.cos(lat1),
      Math.cos(d) - Math.sin(lat1) * Math.sin(lat2),
    );
  return { lat: (lat2 * 180) / Math.PI, lon: (lon2 * 180) / Math.PI };
}

describe("distanceMiles", () => {
  it("measures Atlanta to Savannah at about 220 miles", () => {
    const cityHalls = distanceMiles(
      { lat: 33.7489, lon: -84.3906 },
      { lat: 32.0809, lon: -81.0912 },
    );
    expect(cityHalls).toBeGreaterThan(215);
    expect(cityHalls).toBeLessThan(225);
    const zips = distanceMiles(lookupZip("30303")!, lookupZip("31401")!);
    expect(zips).toBeGreaterThan(215);
    expect(zips).toBeLessThan(225);
  });

  it("is zero for a point and symmetric", () => {
    const a = { lat: 40.7128, lon: -74.006 };
    const b = { lat: 34.0522, lon: -118.2437 };
    expect(distanceMiles(a, a)).toBe(0);
    expect(distanceMiles(a, b)).toBeCloseTo(distanceMiles(b, a), 9);
    expect(distanceMiles(a, b)).toBeCloseTo(2445, -1); // New York to Los Angeles
  });
});

describe("boundingBox", () => {
  it("contains every point within the radius, from Puerto Rico to the North Slope", () => {
    const centers = [
      { lat: 18.4, lon: -66.06 },
      { lat: 33.75, lon: -84.39 },
      { lat: 47.6, lon: -122.3 },
      { lat: 64.84, lon: -147.72 },
      { lat: 71.29, lon: -156.79 },
    ];
    for (const center of centers) {
      for (const miles of [5, 25, 100, 200]) {
        const box = boundingBox(center, miles);
        for (let i = 0; i < 72; i++) {
          const p = destination(center, miles * (0.5 + (i % 2) / 2), (i * Math.PI) / 36);
          expect(p.lat).toBeGreaterThanOrEqual(box.minLat);
          expect(p.lat).toBeLessThanOrEqual(box.maxLat);
          expect(p.lon).toBeGreaterThanOrEqual(box.minLon);
          expect(p.lon).toBeLessThanOrEqual(box.maxLon);
        }
      }
    }
  });

  it("stays tight enough to be worth an index", () => {
    const box = boundingBox({ lat: 33.75, lon: -84.39 }, 25);
    expect(box.maxLat - box.minLat).toBeCloseTo((2 * 25) / 69.1, 2);
    expect(box.maxLon - box.minLon).toBeLessThan(1);
  });
});

describe("clampRadius", () => {
  it("keeps a radius within 5 to 200 miles, whole, with a default for nonsense", () => {
    expect(clampRadius(1)).toBe(5);
    expect(clampRadius(500)).toBe(200);
    expect(clampRadius("50")).toBe(50);
    expect(clampRadius(12.6)).toBe(13);
    expect(clampRadius("far")).toBe(25);
    expect(clampRadius(undefined)).toBe(25);
    expect(clampRadius(null, 100)).toBe(100);
  });
});
