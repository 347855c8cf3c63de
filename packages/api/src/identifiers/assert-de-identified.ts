import { findIdentifiers, type IdentifierFinding } from "@puente/identifiers";
import { PuenteError } from "../errors";

/**
 * Refusal of free text that identifies a survivor (DESIGN.md, "Data classes"; 8 U.S.C. 1367).
 * `findings` maps each refused field to what was found in it, so describeError can say what and where.
 */
export class IdentifyingTextError extends PuenteError {
  readonly findings: Record<string, IdentifierFinding[]>;

  constructor(findings: Record<string, IdentifierFinding[]>) {
    super("BAD_REQUEST", "identifiers.refused", { fields: Object.keys(findings).length });
    this.findings = findings;
  }
}

/**
 * Call before writing summaries, messages or any other free text: throws IdentifyingTextError
 * naming every field that contains a phone number, email address, A-number, SSN, date of birth,
 * street address or personal name. Empty and missing fields pass.
 */
export function assertDeIdentified(fields: Record<string, string | null | undefined>): void {
  const findings: Record<string, IdentifierFinding[]> = {};
  for (const [field, text] of Object.entries(fields)) {
    if (!text) continue;
    const found = findIdentifiers(text);
    if (found.length > 0) findings[field] = found;
  }
  if (Object.keys(findings).length > 0) throw new IdentifyingTextError(findings);
}
