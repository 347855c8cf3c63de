import { isAmbiguous, isGiven, isNotName, isSurname, titleCase } from "../names/words";
import type { Detector, Span } from "../types";

/**
 * Names written in capitals, as on forms and IDs ("MARIA LOPEZ", "JOSÉ LUIS GARCÍA-LÓPEZ"). Capitals
 * are also how acronyms are written (VAWA, USCIS, ICE), so a run counts only when it starts with a
 * known given name and holds a known surname, and no word in it is an organization, place or legal word.
 */
const word = String.raw`\p{Lu}{2,}(?:['’-]\p{Lu}{2,})*`;
const particle = String.raw`(?:DE\s+LA|DE\s+LOS|DEL|DE)\s+`;
const run = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${word}(?:[ \t]+(?:${particle})?${word}){1,4}(?![\p{L}\p{N}])`,
  "gu",
);
const wordPattern = new RegExp(word, "gu");

export const findUpperCaseNames: Detector = (text) => {
  const spans: Span[] = [];
  for (const match of text.matchAll(run)) {
    const words = [...match[0].matchAll(wordPattern)]
      .map((w) => titleCase(w[0]))
      .filter((w) => !["De", "Del", "La", "Los"].includes(w));
    const [first, ...rest] = words;
    if (!first || !isGiven(first) || isAmbiguous(first) || words.some(isNotName)) continue;
    if (!rest.some(isSurname)) continue;
    const start = match.index ?? 0;
    spans.push({ kind: "personalName", start, end: start + match[0].length });
  }
  return spans;
};
