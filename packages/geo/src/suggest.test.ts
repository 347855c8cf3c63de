import { describe, expect, it } from "vitest";
import { resolvePlace } from "./place";
import { suggestPlaces } from "./suggest";

const labels = (prefix: string, limit?: number, locale?: "en" | "es") =>
  suggestPlaces(prefix, limit, { locale }).map((s) => s.label);

describe("suggestPlaces", () => {
  it("suggests the largest cities first", () => {
    expect(labels("atl", 3)[0]).toBe("Atlanta, GA");
    expect(labels("Los Ang", 1)).toEqual(["Los Angeles, CA"]);
  });

  it("narrows by the state after a comma", () => {
    const atlantas = suggestPlaces("Atlanta, T");
    expect(atlantas.length).toBeGreaterThan(0);
    for (const s of atlantas) expect(["TX", "TN"]).toContain(s.stateCode);
  });

  it("suggests states by English or Spanish name, labelled in the reader's language", () => {
    expect(labels("nueva", 8, "es")).toEqual(
      expect.arrayContaining(["Nueva York", "Nueva Jersey", "Nuevo Hampshire"]),
    );
    expect(labels("georg", 1)).toEqual(["Georgia"]);
    expect(labels("GA", 1)).toEqual(["Georgia"]);
  });

  it("suggests counties, also while the word is half typed", () => {
    expect(labels("fulton co", 8)).toContain("Fulton County, GA");
    expect(labels("condado de fult", 8, "es")).toContain("condado de Fulton, GA");
  });

  it("suggests ZIP codes from three digits", () => {
    expect(labels("3030", 3)).toEqual([
      "30301 (Atlanta, GA)",
      "30302 (Atlanta, GA)",
      "30303 (Atlanta, GA)",
    ]);
  });

  it("respects the limit and offers only places resolvePlace accepts", () => {
    const suggestions = suggestPlaces("san", 5);
    expect(suggestions).toHaveLength(5);
    for (const s of [...suggestions, ...suggestPlaces("fulton co"), ...suggestPlaces("nue")]) {
      expect(resolvePlace(s.label), s.label).toMatchObject({
        kind: s.kind,
        stateCode: s.stateCode,
      });
    }
  });

  it("returns nothing for nothing", () => {
    expect(suggestPlaces("")).toEqual([]);
    expect(suggestPlaces("qqqzzz")).toEqual([]);
    expect(suggestPlaces("atl", 0)).toEqual([]);
  });
});
