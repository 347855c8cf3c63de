import { spansOf } from "../regex";
import type { Detector } from "../types";

/**
 * Social Security numbers. The dashed form NNN-NN-NNNN is distinctive enough on its own (area 000,
 * 666 and 9xx are never issued, so those are skipped); nine bare or spaced digits count only after
 * an SSN cue, because case and receipt numbers are digit runs too.
 */
const dashed = /(?<![\p{L}\p{N}-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\p{N}-])/gu;
const cue = String.raw`(?:SSN|SS#|S\.S\.N\.?|social\s+security(?:\s+(?:number|no\.?|#))?|seguro\s+social|n[úu]mero\s+de\s+seguro\s+social|ITIN)`;
const cued = new RegExp(
  String.raw`${cue}[\s:#.-]*(?:(?:is|es|era|was)\s+)?(\d{3}[ .-]?\d{2}[ .-]?\d{4})(?![\p{N}-])`,
  "giud",
);

export const findSsns: Detector = (text) => [
  ...spansOf(text, dashed, "ssn"),
  ...spansOf(text, cued, "ssn", 1),
];
