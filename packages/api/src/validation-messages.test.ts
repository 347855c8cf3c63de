import { getTranslator } from "@puente/i18n";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrors } from "./validation-messages";

const en = getTranslator("en");
const es = getTranslator("es");

function errorsOf(schema: z.ZodType, input: unknown, t = en) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected the input to be refused");
  return fieldErrors(result.error, t);
}

describe("field errors", () => {
  it("names each field once, in the reader's language", () => {
    const schema = z.object({ email: z.email(), name: z.string().trim().min(1) });
    expect(errorsOf(schema, { email: "not-an-email", name: " " })).toEqual({
      email: en("errors.validation.email"),
      name: en("errors.validation.required"),
    });
    expect(errorsOf(schema, { email: "x", name: "" }, es)).toEqual({
      email: es("errors.validation.email"),
      name: es("errors.validation.required"),
    });
  });

  it("tells a missing value from a value of the wrong type", () => {
    const schema = z.object({ limit: z.number(), name: z.string() });
    expect(errorsOf(schema, { limit: "ten" })).toEqual({
      limit: en("errors.validation.invalid"),
      name: en("errors.validation.required"),
    });
  });

  it("gives text length limits in characters", () => {
    const schema = z.object({ token: z.string().min(20), name: z.string().max(3) });
    expect(errorsOf(schema, { token: "short", name: "toolong" })).toEqual({
      token: en("errors.validation.tooShort", { min: 20 }),
      name: en("errors.validation.tooLong", { max: 3 }),
    });
  });

  it("does not describe numbers or lists in characters", () => {
    const schema = z.object({ limit: z.number().int().min(1).max(200), roles: z.array(z.string()).max(2) });
    const errors = errorsOf(schema, { limit: 0, roles: ["a", "b", "c"] });
    expect(errors.limit).not.toMatch(/character/);
    expect(errors.roles).not.toMatch(/character/);
    expect(errors).toEqual({ limit: en("errors.validation.invalid"), roles: en("errors.validation.invalid") });
    expect(errorsOf(schema, { limit: 500, roles: [] }, es).limit).toBe(es("errors.validation.invalid"));
  });

  it("uses a catalog key given as a schema's message, and `_` for the whole input", () => {
    expect(errorsOf(z.string().refine(() => false, "errors.validation.choice"), "x")).toEqual({
      _: en("errors.validation.choice"),
    });
  });
});
