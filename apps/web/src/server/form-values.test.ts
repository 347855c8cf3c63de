import { describe, expect, it } from "vitest";
import { keepTypedOnError, keptChoice, keptValue, submittedValues } from "./form-values";

describe("a refused form's kept values", () => {
  const form = new FormData();
  form.append("$ACTION_ID_abc", "");
  form.append("referralId", "r-1");
  form.append("body", "Her email is maria.lopez@example.com");
  form.append("caseTypes", "u_visa");
  form.append("caseTypes", "t_visa");
  form.append("upload", new Blob(["x"]));

  it("keeps what was typed, lists repeated names, and leaves out React's fields and files", () => {
    expect(submittedValues(form)).toEqual({
      referralId: "r-1",
      body: "Her email is maria.lopez@example.com",
      caseTypes: ["u_visa", "t_visa"],
    });
  });

  it("gives text values back by name, and nothing for lists or missing names", () => {
    const values = submittedValues(form);
    expect(keptValue(values, "body")).toBe("Her email is maria.lopez@example.com");
    expect(keptValue(values, "caseTypes")).toBeUndefined();
    expect(keptValue(values, "hours")).toBeUndefined();
    expect(keptValue(undefined, "body")).toBeUndefined();
  });

  it("says which boxes of a group were checked, one or several", () => {
    const values = submittedValues(form);
    expect(keptChoice(values, "caseTypes", "t_visa")).toBe(true);
    expect(keptChoice(values, "caseTypes", "sijs")).toBe(false);
    expect(keptChoice(values, "referralId", "r-1")).toBe(true);
    expect(keptChoice(undefined, "caseTypes", "u_visa")).toBe(false);
  });

  it("adds what was typed to a refusal, and nothing to a success", () => {
    const refused = keepTypedOnError({ status: "error", message: "No." }, form);
    expect(refused).toEqual({ status: "error", message: "No.", values: submittedValues(form) });
    expect(keepTypedOnError({ status: "success", message: "Done." }, form)).toEqual({ status: "success", message: "Done." });
  });
});
