import { anyCase, spansOf } from "../regex";
import type { Detector } from "../types";

/**
 * A house number, one to four capitalized or numbered words and a street suffix ("1234 Peachtree
 * St NE", "55 Main Street, Apt 4"), Spanish forms ("Calle 5 #123", "Avenida Juárez 45"), unit
 * designators and PO boxes. City and state names alone never match: they are case facts.
 */
// Street names must be capitalized (or ordinals, "5th"): "spent 2 days in the court" is no address.
// Suffixes and unit words may be in any case.
const suffixWords = anyCase(
  "street|avenue|road|boulevard|drive|lane|court|circle|place|parkway|highway|way|terrace|trail|square|loop|run|pike|crossing",
);
// Abbreviations may take a full stop ("St."); full words may not, or a sentence's stop would be kept.
const suffixAbbreviations = anyCase("st|ave|av|rd|blvd|dr|ln|ct|cir|pl|pkwy|hwy|ter|trl|sq|xing");
const suffixes = String.raw`(?:${suffixWords}|(?:${suffixAbbreviations})\.?)(?![\p{L}])`;
// Capitalized words, ordinals, and Spanish particles inside a name ("Ponce de Leon Ave").
const word = String.raw`(?:\p{Lu}[\p{L}'.-]*|\d+(?:st|nd|rd|th)|de|del|la|los|las)`;
const unitWords = anyCase(
  "apartamento|apartment|apto|apt|unidad|unit|suite|ste|lote|lot|trailer|departamento|depto|interior|int",
);
// Up to two unit designators: "Calle 5 #123, Apto 3B".
const unit = String.raw`(?:,?\s+(?:(?:${unitWords})(?![\p{L}])\.?|#)\s*#?\s*[\p{L}\p{N}-]*\p{N}[\p{L}\p{N}-]*){0,2}`;
const english = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\d{1,6}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?(?:${word}\s+){1,4}${suffixes}(?:\s+[NS][EW](?![\p{L}]))?${unit}(?![\p{L}])`,
  "gu",
);
const spanishStreet = anyCase(
  "calle|avenida|av.|avda.|avda|carrera|callejón|callejon|camino|privada|colonia|col.|boulevard|bulevar|calzada|cerrada|andador",
);
const spanish = new RegExp(
  String.raw`(?<![\p{L}])(?:${spanishStreet.replace(/\./g, "\\.")})\s+(?:[\p{L}\p{N}.'-]+\s+){0,3}?(?:#\s*|${anyCase("núm|num|número|numero|no")}\.?\s*)?\d{1,5}[A-Za-z]?${unit}(?![\p{L}\p{N}])`,
  "gu",
);
const poBox = new RegExp(
  String.raw`(?<![\p{L}])(?:[Pp]\.?\s?[Oo]\.?\s+${anyCase("box")}|${anyCase("apartado postal|apartado|casilla postal|casilla")})\s*#?\s*\d+`,
  "gu",
);

export const findStreetAddresses: Detector = (text) => [
  ...spansOf(text, english, "streetAddress"),
  ...spansOf(text, spanish, "streetAddress"),
  ...spansOf(text, poBox, "streetAddress"),
];
