import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { describeError } from "../describe-error";
import { PuenteError } from "../errors";
import { assertDeIdentified, IdentifyingTextError } from "./assert-de-identified";

function refusal(fields: Record<string, string | null | undefined>): IdentifyingTextError {
  try {
    assertDeIdentified(fields);
  } catch (error) {
    if (error instanceof IdentifyingTextError) return error;
    throw error;
  }
  throw new Error("expected the text to be refused");
}

describe("assertDeIdentified", () => {
  it("passes de-identified, empty and missing fields", () => {
    expect(() =>
      assertDeIdentified({
        summary: "U visa case in Fulton County, GA; hearing 04/02/2026; I-918 Supplement B signed.",
        message: "",
        note: null,
        other: undefined,
      }),
    ).not.toThrow();
  });

  it("refuses with a BAD_REQUEST PuenteError that carries the findings of each refused field", () => {
    const error = refusal({
      summary: "Fled in 2023.\nCall her at 404-555-0134.",
      message: "Email ana.m@example.com",
      note: "Nothing identifying here.",
    });
    expect(error).toBeInstanceOf(PuenteError);
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.key).toBe("identifiers.refused");
    expect(Object.keys(error.findings)).toEqual(["summary", "message"]);
    expect(error.findings.summary).toEqual([
      { kind: "phone", line: 2, column: 13, length: 12, excerpt: "404-555-0134" },
    ]);
    expect(error.findings.message?.[0]).toMatchObject({ kind: "email", line: 1, column: 7 });
  });
});

describe("describeError for identifying text", () => {
  const error = () =>
    refusal({
      summary: "Fled in 2023.\nCall her at 404-555-0134. DOB: 3/14/1990",
      message: "Se llama María López.",
    });

  it("gives each field a sentence per finding and a summary, in English", () => {
    const described = describeError(error(), "en");
    expect(described.messageKey).toBe("identifiers.refused");
    expect(described.message).toMatch(/seems to identify a person/);
    expect(described.fieldErrors).toEqual({
      summary:
        "Looks like a phone number on line 2 (“404-555-0134”). Looks like a date of birth on line 2 (“3/14/1990”).",
      message: "Looks like a personal name on line 1 (“María López”).",
    });
  });

  it("says the same in Spanish", () => {
    const described = describeError(error(), "es");
    expect(described.message).toMatch(/parece identificar a una persona/);
    expect(described.fieldErrors).toEqual({
      summary:
        "Parece un número de teléfono en la línea 2 (“404-555-0134”). Parece una fecha de nacimiento en la línea 2 (“3/14/1990”).",
      message: "Parece un nombre de persona en la línea 1 (“María López”).",
    });
  });

  it("lists five findings per field and counts the rest", () => {
    const many = [
      "404-555-0101",
      "404-555-0102",
      "404-555-0103",
      "404-555-0104",
      "404-555-0105",
      "404-555-0106",
      "404-555-0107",
    ];
    const described = describeError(refusal({ summary: many.join("\n") }), "en");
    expect(described.fieldErrors?.summary).toMatch(
      /line 5 \(“404-555-0105”\)\. And 2 more places\.$/,
    );
    expect(
      describeError(refusal({ summary: many.slice(0, 6).join("\n") }), "es").fieldErrors?.summary,
    ).toMatch(/Y 1 lugar más\.$/);
  });

  it("shortens a very long excerpt in the message", () => {
    const error = new IdentifyingTextError({
      summary: [{ kind: "personalName", line: 1, column: 1, length: 80, excerpt: "x".repeat(80) }],
    });
    expect(describeError(error, "en").fieldErrors?.summary).toBe(
      `Looks like a personal name on line 1 (“${"x".repeat(59)}…”).`,
    );
  });

  it("leaves other errors without field messages", () => {
    expect(describeError(new TRPCError({ code: "BAD_REQUEST" }), "en").fieldErrors).toBeUndefined();
  });
});
