import { findPhoneNumbersInText, type PhoneNumber } from "libphonenumber-js/max";
import { anyCase, spansOf } from "../regex";
import type { Detector, Span } from "../types";

/**
 * Phone numbers, found by libphonenumber (US by default; international ones need their "+" and
 * country code, as people write them: "+52 55 1234 5678"). Its matcher is lenient about what
 * follows a number ("+503 7123 4567, 770…"), so each span is cut back to the number's own digits.
 * Three kinds of its matches are not a survivor's phone and are dropped: toll-free numbers
 * (hotlines such as 1-800-799-7233), digit runs written like case numbers ("2024-123456": US
 * numbers are grouped 3-3-4 or not at all), and numbers right after a case or receipt cue.
 */
const caseCue = new RegExp(
  String.raw`(?<![\p{L}])(?:${anyCase("case|caso|receipt|recibo|file|expediente|docket")})(?:\s+(?:${anyCase("no|#|number|número|numero|num")}))?[\s.:#]*$`,
  "u",
);
const usGrouping =
  /^(?:(?:\+?1|\(\+?1\))[\s.-]?)?(?:\(\d{3}\)\s?\d{3}[\s.-]?\d{4}|\d{3}[\s.-]\d{3}[\s.-]\d{4}|\d{10})$/;
const phoneCueWords = anyCase(
  "phone|tel|cel|cell|celular|teléfono|telefono|whatsapp|call|llamar al|llame al|número|numero",
);
const phoneCue = new RegExp(
  String.raw`(?<![\p{L}])(?:${phoneCueWords})[\s.:#]*(?:(?:is|es|at|al)\s+)?$`,
  "u",
);
/** Seven digits with no area code, only after a word that says it is a phone number. */
const local = new RegExp(
  String.raw`(?<![\p{L}])(?:${phoneCueWords})[\s.:#]*(\d{3}[\s.-]\d{4})(?![\p{N}-])`,
  "gud",
);

function numberEnd(text: string, start: number, end: number, phone: PhoneNumber): number {
  let digits = "";
  for (let i = start; i < end; i++) {
    const char = text[i] ?? "";
    if (!/\d/.test(char)) continue;
    digits += char;
    if (digits.endsWith(phone.nationalNumber)) return i + 1;
  }
  return end;
}

function isPersonalNumber(text: string, start: number, end: number, phone: PhoneNumber): boolean {
  if (phone.getType() === "TOLL_FREE") return false;
  const before = text.slice(Math.max(0, start - 24), start);
  // "Caso número 2024-123456" is a case number although "número" can also introduce a phone.
  if (caseCue.test(before)) return false;
  if (phoneCue.test(before)) return true;
  const written = text.slice(start, end);
  return written.startsWith("+")
    ? phone.countryCallingCode !== "1" || usGrouping.test(written)
    : usGrouping.test(written);
}

/** libphonenumber's matches, each cut to its digits; a cut match's leftover text is searched again. */
function libraryMatches(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  search: while (from < text.length) {
    for (const match of findPhoneNumbersInText(text.slice(from), "US")) {
      const start = from + match.startsAt;
      const end = numberEnd(text, start, from + match.endsAt, match.number);
      if (isPersonalNumber(text, start, end, match.number))
        spans.push({ kind: "phone", start, end });
      if (end < from + match.endsAt) {
        from = end;
        continue search;
      }
    }
    break;
  }
  return spans;
}

/**
 * Anything written as "+", a country code and at least eight more digits is a phone number to a
 * reader, even when libphonenumber's metadata no longer accepts it (Mexico's old "+52 1" mobiles).
 */
const international = /(?<![\p{L}\p{N}])\+\d{1,3}(?:[\s.-]?\d){8,13}(?![\p{N}])/gu;

export const findPhones: Detector = (text) => [
  ...libraryMatches(text),
  ...spansOf(text, local, "phone", 1),
  ...spansOf(text, international, "phone"),
];
