import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { findState, stateByCode, stateByFips, states } from "./states";

describe("states", () => {
  it("lists the 50 states, DC and Puerto Rico once each", () => {
    expect(states).toHaveLength(52);
    expect(new Set(states.map((s) => s.code)).size).toBe(52);
    expect(new Set(states.map((s) => s.fips)).size).toBe(52);
  });

  it("uses the Census FIPS codes and names of us-atlas", () => {
    const atlas = createRequire(import.meta.url)("us-atlas/states-10m.json") as {
      objects: { states: { geometries: Array<{ id: string; properties: { name: string } }> } };
    };
    const names = new Map(atlas.objects.states.geometries.map((g) => [g.id, g.properties.name]));
    for (const state of states) expect(names.get(state.fips), state.code).toBe(state.name);
  });

  it("looks states up by code and FIPS", () => {
    expect(stateByCode("ga")).toMatchObject({ code: "GA", fips: "13", name: "Georgia" });
    expect(stateByFips("6")?.code).toBe("CA");
    expect(stateByCode("ZZ")).toBeUndefined();
  });

  it("finds a state by English or Spanish name, ignoring case, accents and spacing", () => {
    expect(findState("Nueva York")?.code).toBe("NY");
    expect(findState("georgia")?.code).toBe("GA");
    expect(findState("  CAROLINA   del norte ")?.code).toBe("NC");
    expect(findState("Nuevo Mexico")?.code).toBe("NM");
    expect(findState("Nuevo México")?.code).toBe("NM");
    expect(findState("hawai'i")?.code).toBe("HI");
    expect(findState("Washington D.C.")?.code).toBe("DC");
    expect(findState("Virginia Occidental")?.code).toBe("WV");
    expect(findState("Puerto Rico")?.code).toBe("PR");
    expect(findState("tx")?.code).toBe("TX");
    expect(findState("Atlantis")).toBeUndefined();
  });
});
