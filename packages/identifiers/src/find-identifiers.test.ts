import { describe, expect, it } from "vitest";
import { findIdentifiers } from "./find-identifiers";

const kinds = (text: string) => findIdentifiers(text).map((f) => `${f.kind}:${f.excerpt}`);

describe("findIdentifiers", () => {
  it("returns nothing for empty or de-identified text", () => {
    expect(findIdentifiers("")).toEqual([]);
    expect(findIdentifiers("U visa, Fulton County, GA. Hearing 04/02/2026. Age 34.")).toEqual([]);
  });

  it("reports findings in reading order with 1-based line, column and an excerpt equal to the text", () => {
    const text = "Fled in 2023.\r\nDOB 1/2/1990; call 404-555-0134\nEmail a.b@example.org";
    const findings = findIdentifiers(text);
    expect(findings.map((f) => [f.kind, f.line, f.column])).toEqual([
      ["dateOfBirth", 2, 5],
      ["phone", 2, 20],
      ["email", 3, 7],
    ]);
    const lines = text.split(/\r?\n/);
    for (const f of findings) {
      expect(lines[f.line - 1]?.slice(f.column - 1, f.column - 1 + f.length)).toBe(f.excerpt);
    }
  });

  it("lets one finding claim overlapping text: an email holding a name, an SSN that a looser pattern reads as a phone", () => {
    expect(kinds("Write to Maria.Lopez@example.com")).toEqual(["email:Maria.Lopez@example.com"]);
    expect(kinds("SSN 123-45-6789")).toEqual(["ssn:123-45-6789"]);
    expect(kinds("A# 404-555-013")).toEqual(["aNumber:A# 404-555-013"]);
  });

  it("counts columns in UTF-16 units, as a textarea does", () => {
    const [finding] = findIdentifiers("🙂 Tel: 404-555-0134");
    expect(finding).toMatchObject({ kind: "phone", column: 9, length: 12 });
  });
});
