/** The kinds of survivor-identifying text Puente refuses to store (DESIGN.md, "Data classes"). */
export const identifierKinds = [
  "phone",
  "email",
  "aNumber",
  "ssn",
  "dateOfBirth",
  "streetAddress",
  "personalName",
] as const;

export type IdentifierKind = (typeof identifierKinds)[number];

/**
 * One piece of identifying text. `line` and `column` are 1-based; `column` and `length` count
 * UTF-16 code units, the same units a textarea's selectionStart uses, so a form can highlight it.
 */
export interface IdentifierFinding {
  kind: IdentifierKind;
  line: number;
  column: number;
  length: number;
  excerpt: string;
}

/** What a detector reports: a kind and a [start, end) range of offsets into the whole text. */
export interface Span {
  kind: IdentifierKind;
  start: number;
  end: number;
}

export type Detector = (text: string) => Span[];
