import { spansOf } from "../regex";
import type { Detector } from "../types";

/**
 * Alien registration numbers: "A" and 8 or 9 digits, written many ways ("A123456789",
 * "A# 123-456-789", "A-number 12345678", "número A 098765432"). Digits alone after an A-number cue
 * count too. Receipt numbers (three letters and ten digits, "EAC1234567890") never match: the
 * A must stand alone and the digit count must be 8 or 9.
 */
const digits = String.raw`\d{3}[- ]?\d{3}[- ]?\d{2,3}|\d{8,9}`;
const prefixed = new RegExp(
  String.raw`(?<![\p{L}\p{N}])A(?:\s*#|-|\s*No\.?|\s*Number)?[\s:]*(?:${digits})(?![\p{N}-])`,
  "gu",
);
const cued = new RegExp(
  String.raw`(?:alien\s+(?:registration\s+)?(?:number|no\.?|#)|n[úu]mero\s+(?:de\s+)?(?:A|extranjero)|A-?number)[\s:#]*(?:(?:is|es|was|era)\s+)?((?:${digits}))(?![\p{N}-])`,
  "giud",
);

export const findANumbers: Detector = (text) => [
  ...spansOf(text, prefixed, "aNumber"),
  ...spansOf(text, cued, "aNumber", 1),
];
