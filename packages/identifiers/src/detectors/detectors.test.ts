import { describe, expect, it } from "vitest";
import { findIdentifiers } from "../find-identifiers";
import type { IdentifierKind } from "../types";

const found = (text: string, kind: IdentifierKind) =>
  findIdentifiers(text)
    .filter((f) => f.kind === kind)
    .map((f) => f.excerpt);

describe("phone", () => {
  it("finds US numbers in common spellings and international numbers with their +", () => {
    expect(
      found("(404) 555-0134, 404.555.0134, 4045550134, +1 404 555 0134", "phone"),
    ).toHaveLength(4);
    expect(found("+52 55 1234 5678 and +502 5555 1234", "phone")).toEqual([
      "+52 55 1234 5678",
      "+502 5555 1234",
    ]);
  });

  it("cuts a match back to the number and still finds the next one", () => {
    expect(found("+503 7123 4567, 770-555-1212.", "phone")).toEqual([
      "+503 7123 4567",
      "770-555-1212",
    ]);
  });

  it("leaves hotlines, case numbers and digit runs after case cues alone", () => {
    expect(found("Hotline 1-800-799-7233 or 1-888-373-7888", "phone")).toEqual([]);
    expect(found("case 2024-123456; expediente 404-555-0134", "phone")).toEqual([]);
    expect(found("Caso número 2024-123456; case number 404-555-0134", "phone")).toEqual([]);
    expect(found("su número 404-555-0134", "phone")).toEqual(["404-555-0134"]);
  });

  it("needs a phone cue for seven digits or an unusual grouping", () => {
    expect(found("tel: 555-0134", "phone")).toEqual(["555-0134"]);
    expect(found("room 555-0134", "phone")).toEqual([]);
    expect(found("celular 55 1234 5678", "phone")).toEqual(["55 1234 5678"]);
    expect(found("ref 55 1234 5678", "phone")).toEqual([]);
  });
});

describe("aNumber", () => {
  it("finds A with 8 or 9 digits, and digits after an A-number cue", () => {
    expect(found("A12345678 A-123456789 A# 123 456 789", "aNumber")).toEqual([
      "A12345678",
      "A-123456789",
      "A# 123 456 789",
    ]);
    expect(found("alien number is 123456789", "aNumber")).toEqual(["123456789"]);
  });

  it("ignores receipt numbers, too few or too many digits, and a lone A", () => {
    expect(found("EAC1234567890 A1234567 A1234567890 Plan A", "aNumber")).toEqual([]);
  });
});

describe("ssn", () => {
  it("takes the dashed form alone but bare digits only after a cue", () => {
    expect(found("123-45-6789", "ssn")).toEqual(["123-45-6789"]);
    expect(found("seguro social: 123456789", "ssn")).toEqual(["123456789"]);
    expect(found("file 123456789", "ssn")).toEqual([]);
  });

  it("skips numbers never issued as SSNs", () => {
    expect(found("000-12-3456 666-12-3456 123-00-4567", "ssn")).toEqual([]);
  });
});

describe("dateOfBirth", () => {
  it("flags a date after a birth cue, in English and Spanish", () => {
    expect(found("DOB 3/14/1990", "dateOfBirth")).toEqual(["3/14/1990"]);
    expect(found("nacido el 14 de marzo de 1990", "dateOfBirth")).toEqual(["14 de marzo de 1990"]);
  });

  it("leaves other dates and ages alone", () => {
    expect(
      found("hearing 3/14/2026; age 34; born in Mexico, arrived 3/14/2010", "dateOfBirth"),
    ).toEqual([]);
  });
});

describe("streetAddress", () => {
  it("needs a house number, a capitalized street name and a suffix", () => {
    expect(found("at 55 Main Street", "streetAddress")).toEqual(["55 Main Street"]);
    expect(found("at 55 main street", "streetAddress")).toEqual([]);
  });

  it("reads Spanish streets and PO boxes", () => {
    expect(found("Calle 5 #123 y P.O. Box 77", "streetAddress")).toEqual([
      "Calle 5 #123",
      "P.O. Box 77",
    ]);
  });
});

describe("personalName", () => {
  it("does not take a capitalized word for a name without a given name or a cue", () => {
    expect(
      found("Supplement B was signed by Sheriff Brown in Hall County.", "personalName"),
    ).toEqual([]);
  });

  it("keeps honorifics out of the excerpt", () => {
    expect(found("Sr. Gómez and Mrs Allen", "personalName")).toEqual(["Gómez", "Allen"]);
  });

  it("splits a long run of names into findings of at most five words", () => {
    expect(found("Names: Maria Lopez Garcia Juan Perez Ruiz Ana Diaz", "personalName")).toEqual([
      "Maria Lopez Garcia Juan Perez",
      "Ruiz Ana Diaz",
    ]);
  });

  it("reads accents and names typed without them", () => {
    expect(found("María López and Maria Lopez", "personalName")).toEqual([
      "María López",
      "Maria Lopez",
    ]);
  });
});
