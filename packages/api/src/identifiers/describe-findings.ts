import type { IdentifierFinding } from "@puente/identifiers";
import type { Translator } from "@puente/i18n";

/** Findings listed in one field's message; a very long list would bury the first ones. */
const listedPerField = 5;
/** Quoted characters per finding: enough to recognize it, short enough for a form message. */
const quotedLength = 60;

const quote = (excerpt: string) =>
  excerpt.length > quotedLength ? `${excerpt.slice(0, quotedLength - 1).trimEnd()}…` : excerpt;

/** One sentence per finding ("Looks like a phone number on line 2 (“404-555-0134”)."), per field. */
export function describeFindings(
  findings: Record<string, IdentifierFinding[]>,
  t: Translator,
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [field, found] of Object.entries(findings)) {
    const sentences = found
      .slice(0, listedPerField)
      .map(({ kind, line, excerpt }) =>
        t("identifiers.finding", { kind, line, excerpt: quote(excerpt) }),
      );
    const rest = found.length - listedPerField;
    if (rest > 0) sentences.push(t("identifiers.more", { count: rest }));
    fields[field] = sentences.join(" ");
  }
  return fields;
}
