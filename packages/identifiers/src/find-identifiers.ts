import { findANumbers } from "./detectors/a-number";
import { findDatesOfBirth } from "./detectors/date-of-birth";
import { findEmails } from "./detectors/email";
import { findPersonalNames } from "./detectors/personal-name";
import { findPhones } from "./detectors/phone";
import { findSsns } from "./detectors/ssn";
import { findStreetAddresses } from "./detectors/street-address";
import { findUpperCaseNames } from "./detectors/upper-case-name";
import { lineAndColumn, lineStarts } from "./position";
import type { Detector, IdentifierFinding, Span } from "./types";

/**
 * Detectors in order of precedence: when two claim overlapping text, the earlier one wins (an
 * email address holds a name, an SSN looks like a phone number to a looser pattern, and so on).
 * Within one detector, the longer span wins ("López, María" over "López").
 */
const detectors: Detector[] = [
  findEmails,
  findSsns,
  findANumbers,
  findDatesOfBirth,
  findPhones,
  findStreetAddresses,
  findPersonalNames,
  findUpperCaseNames,
];

function withoutOverlaps(spans: Span[]): Span[] {
  const kept: Span[] = [];
  for (const span of spans) {
    if (kept.some((other) => span.start < other.end && other.start < span.end)) continue;
    kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Every piece of text in `text` that looks like it identifies a person, in reading order. */
export function findIdentifiers(text: string): IdentifierFinding[] {
  const longestFirst = (a: Span, b: Span) => b.end - b.start - (a.end - a.start);
  const spans = withoutOverlaps(detectors.flatMap((detect) => detect(text).sort(longestFirst)));
  const starts = lineStarts(text);
  return spans.map(({ kind, start, end }) => ({
    kind,
    ...lineAndColumn(starts, start),
    length: end - start,
    excerpt: text.slice(start, end),
  }));
}
