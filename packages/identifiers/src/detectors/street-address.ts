import { spansOf } from "../regex";
import type { Detector } from "../types";

/**
 * A house number, one to four capitalized or numbered words and a street suffix ("1234 Peachtree
 * St NE", "55 Main Street, Apt 4"), Spanish forms ("Calle 5 #123", "Avenida Juárez 45"), unit
 * designators and PO boxes. City and state names alone never match: they are case facts.
 */
const suffixes =
  "street|st|avenue|ave|av|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|circle|cir|place|pl|parkway|pkwy|highway|hwy|way|terrace|ter|trail|trl|square|sq|loop|run|pike|crossing|xing";
const word = String.raw`(?:\p{Lu}[\p{L}'.-]*|\d+(?:st|nd|rd|th))`;
const unit = String.raw`(?:,?\s+(?:apt\.?|apto\.?|apartment|apartamento|unit|suite|ste\.?|#)\s*#?\s*[\p{L}\p{N}-]+)?`;
const english = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\d{1,6}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?(?:${word}\s+){1,4}(?:${suffixes})\.?(?:\s+[NS][EW]\b)?${unit}(?![\p{L}])`,
  "giu",
);
const spanish = new RegExp(
  String.raw`(?<![\p{L}])(?:calle|avenida|av\.|avda\.?|carrera|callej[óo]n|camino|privada|colonia|col\.)\s+(?:[\p{L}\p{N}.'-]+\s+){0,3}?(?:#\s*|n[úu]m(?:ero|\.)?\s*|no\.\s*)?\d{1,5}[A-Za-z]?${unit}(?![\p{L}\p{N}])`,
  "giu",
);
const poBox = /(?<![\p{L}])(?:P\.?\s?O\.?\s+Box|apartado\s+postal|casilla(?:\s+postal)?)\s*#?\s*\d+/giu;

export const findStreetAddresses: Detector = (text) => [
  ...spansOf(text, english, "streetAddress"),
  ...spansOf(text, spanish, "streetAddress"),
  ...spansOf(text, poBox, "streetAddress"),
];
