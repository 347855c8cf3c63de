import { bare, givenNames, surnames } from "./name-lists";
import { ambiguousGivenNames, notNameWords } from "./not-names";

/** Questions about one capitalized word ("María", "Lopez"), shared by the name detectors. */
export const isGiven = (word: string) => givenNames().has(word);
export const isAmbiguous = (word: string) => ambiguousGivenNames.has(bare(word).toLowerCase());
const isListedSurname = (word: string) => surnames().has(word) || surnames().has(bare(word));
/** "García-López" is a surname when either half is. */
export const isSurname = (word: string) =>
  isListedSurname(word) ||
  word.split(/[-‐]/).some((part) => part !== word && isListedSurname(part));
export const isNotName = (word: string) =>
  notNameWords.has(bare(word).toLowerCase().replace(/['’-]/g, ""));

/** "MARÍA" → "María", "GARCÍA-LÓPEZ" → "García-López", to look up words written in capitals. */
export function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(
      /(^|['’-])(\p{Ll})/gu,
      (_, before: string, letter: string) => before + letter.toUpperCase(),
    );
}
