import type { Translator } from "@puente/i18n";
import type { ZodError } from "zod";

type Issue = ZodError["issues"][number];

/** Turns a zod issue into a sentence in the reader's language. */
export function translateIssue(issue: Issue, t: Translator): string {
  // A catalog key: the shared "errors." or a domain namespace's own ("attorneys.errors.").
  if (/^(\w+\.)?errors\./.test(issue.message)) return t(issue.message as never);
  switch (issue.code) {
    case "invalid_type":
      // zod reports a missing value as a wrong type whose input is undefined.
      return /received undefined/.test(issue.message) ? t("errors.validation.required") : t("errors.validation.invalid");
    // The length messages count characters: numbers and lists out of range are only "not valid".
    case "too_small":
      if (issue.origin !== "string") return t("errors.validation.invalid");
      return Number(issue.minimum) <= 1
        ? t("errors.validation.required")
        : t("errors.validation.tooShort", { min: Number(issue.minimum) });
    case "too_big":
      if (issue.origin !== "string") return t("errors.validation.invalid");
      return t("errors.validation.tooLong", { max: Number(issue.maximum) });
    case "invalid_format":
      return issue.format === "email" ? t("errors.validation.email") : t("errors.validation.invalid");
    case "invalid_value":
      return t("errors.validation.choice");
    default:
      return t("errors.validation.invalid");
  }
}

/** Field path → message, the shape forms use to show an error next to its field. */
export function fieldErrors(error: ZodError, t: Translator): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join(".") || "_";
    out[path] ??= translateIssue(issue, t);
  }
  return out;
}
