import { describe, expect, it } from "vitest";
import { anyCase, spansOf } from "./regex";

describe("anyCase", () => {
  it("matches cue words in any case but leaves escapes alone", () => {
    const pattern = new RegExp(`^${anyCase(String.raw`se\s+llama`)}$`, "u");
    expect(pattern.test("Se llama")).toBe(true);
    expect(pattern.test("SE   LLAMA")).toBe(true);
    expect(pattern.test("se\\sllama")).toBe(false);
  });
});

describe("spansOf", () => {
  it("gives the whole match, or only the named group when asked", () => {
    expect(spansOf("x DOB: 1/2/1990", /DOB: ([\d/]+)/dg, "dateOfBirth", 1)).toEqual([
      { kind: "dateOfBirth", start: 7, end: 15 },
    ]);
    expect(spansOf("a1 b22", /\d+/g, "phone")).toEqual([
      { kind: "phone", start: 1, end: 2 },
      { kind: "phone", start: 4, end: 6 },
    ]);
  });
});
