import { describe, expect, it } from "vitest";
import { renderMapSvg } from "./map-svg";

const atlanta = { id: "atl", lat: 33.7525, lon: -84.3888, label: "Atlanta" };
const sanJuan = { id: "sju", lat: 18.4655, lon: -66.1057, label: "San Juan" };
const boston = { id: "bos", lat: 42.3601, lon: -71.0589, label: "Boston" };

function inside(svg: { width: number; height: number }, p: { x: number; y: number }) {
  return p.x >= 0 && p.x <= svg.width && p.y >= 0 && p.y <= svg.height;
}

describe("renderMapSvg", () => {
  it("draws Georgia and its counties with Atlanta inside the frame", () => {
    const map = renderMapSvg({ scope: "GA", points: [atlanta, boston], width: 400 })!;
    expect(map.viewBox).toBe(`0 0 400 ${map.height}`);
    expect(map.height).toBeGreaterThan(400); // Georgia is taller than wide
    expect(map.outlinePath).toMatch(/^M[\d.]+,[\d.]+L/);
    // The state's own outline plus one closed shape per county (159) at least.
    expect(map.outlinePath.match(/M/g)!.length).toBeGreaterThanOrEqual(160);
    expect(map.points).toHaveLength(1);
    const [point] = map.points;
    expect(point).toMatchObject({ id: "atl", label: "Atlanta" });
    expect(inside(map, point!)).toBe(true);
    // North-west quarter of the state, where Atlanta is.
    expect(point!.x).toBeLessThan(map.width / 2);
    expect(point!.y).toBeLessThan(map.height / 2);
    expect(map.dropped).toBe(1); // Boston is off the map
  });

  it("draws the country in Albers USA and drops what it cannot place", () => {
    const map = renderMapSvg({ scope: "us", points: [atlanta, sanJuan, boston] })!;
    expect(map.viewBox).toBe("0 0 975 610");
    expect(map.outlinePath.length).toBeGreaterThan(10_000);
    expect(map.points.map((p) => p.id)).toEqual(["atl", "bos"]);
    expect(map.dropped).toBe(1); // Albers USA has no Puerto Rico inset
    const [atl, bos] = map.points;
    expect(bos!.x).toBeGreaterThan(atl!.x);
    expect(bos!.y).toBeLessThan(atl!.y);
  });

  it("frames states that Albers USA cannot: Puerto Rico, and Alaska across the antimeridian", () => {
    const pr = renderMapSvg({ scope: "PR", points: [sanJuan], width: 600 })!;
    expect(pr.points).toHaveLength(1);
    expect(pr.height).toBeLessThan(pr.width);
    const ak = renderMapSvg({ scope: "AK", width: 600 })!;
    expect(ak.height).toBeGreaterThan(100);
    expect(ak.height).toBeLessThan(600);
  });

  it("returns one path per region on request", () => {
    const map = renderMapSvg({ scope: "GA", regions: true })!;
    expect(map.regions).toHaveLength(159);
    expect(map.regions!.find((r) => r.fips === "13121")).toMatchObject({ name: "Fulton" });
    expect(renderMapSvg({ scope: "us", regions: true })!.regions).toHaveLength(51);
  });

  it("returns undefined for an unknown scope", () => {
    expect(renderMapSvg({ scope: "ZZ" })).toBeUndefined();
  });
});
