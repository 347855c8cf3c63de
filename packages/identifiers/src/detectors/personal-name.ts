import { isAmbiguous, isGiven, isNotName, isSurname } from "../names/words";
import { anyCase } from "../regex";
import type { Detector, Span } from "../types";

/**
 * Personal names. Only capitalized words are considered, in runs ("María de la Cruz López"); a run
 * holding an organization, place, legal or date word is not a person ("Mary Hall Freedom House",
 * "Henry County", "Supplement B"). A run is a name when:
 *  - a strong cue precedes it: an honorific ("Sra.", "Mr.") or "named", "her name is", "se llama";
 *  - a relationship word precedes it ("her son", "su esposo", "client") and it starts with a known
 *    given name or surname;
 *  - it starts with a known given name and another capitalized word follows ("Maria Lopez"); a
 *    given name that is also a common word ("Grace", "Dolores") needs a known surname after it;
 *  - it is a lone unambiguous given name followed by a verb that tells of a person ("Maria said").
 */
// "O'Brien", "McDonald" and "García-López" are one word; "Rivera's" is "Rivera" and a possessive.
const token = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:['’-]?\p{Lu}[\p{Ll}\p{M}]+)*`;
// Particles inside a name; "y" is left out, so "Gómez y Doña Rosa" stays two names.
const connector = String.raw`(?:de\s+la|de\s+los|de\s+las|del|de)\s+`;
const run = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])${token}(?:[ \t]+(?:${connector})?${token})*`,
  "gu",
);
const tokenPattern = new RegExp(token, "gu");

const honorifics = new Set([
  "Sra",
  "Sr",
  "Srta",
  "Mrs",
  "Mr",
  "Ms",
  "Mx",
  "Miss",
  "Dña",
  "Doña",
  "Don",
  "Señora",
  "Señor",
  "Señorita",
]);
const strongCue = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:${[...honorifics].join("|")})\.?|(?<![\p{L}])(?:${anyCase(
    "named|name is|name was|names are|nombre es|nombre era|se llama|se llamaba|llamado|llamada|de nombre|nombre:|name:|nombres:|names:",
  )}))[ \t]*$`,
  "u",
);
const relationCue = new RegExp(
  String.raw`(?<![\p{L}])(?:${anyCase(
    "son|daughter|husband|wife|partner|boyfriend|girlfriend|ex-husband|ex-wife|ex-partner|abuser|brother|sister|mother|father|child|cousin|aunt|uncle|client|survivor|victim|petitioner|hijo|hija|esposo|esposa|pareja|novio|novia|exesposo|exesposa|agresor|abusador|hermano|hermana|madre|padre|mamá|papá|primo|prima|tía|tío|cliente|sobreviviente|víctima|peticionaria|peticionario",
  )}),?[ \t]+$`,
  "u",
);
const personVerb = new RegExp(
  String.raw`^(?:['’]s\b|[ \t]+(?:${anyCase(
    "says|said|told|reported|reports|stated|was|is|has|had|lives|lived|fled|came|entered|wants|needs|works|worked|called|left|went|arrived|dijo|dice|contó|vive|vivía|llegó|tiene|tenía|está|estaba|es|fue|quiere|necesita|huyó|entró|reportó|trabaja|trabajaba|salió",
  )})(?![\p{L}]))`,
  "u",
);

interface Token {
  word: string;
  start: number;
  end: number;
}

/** `continued`: the run already held a name, so the words after it are names too (a pasted list). */
function nameIn(
  text: string,
  run: Token[],
  start: number,
  end: number,
  continued = false,
): Span | undefined {
  // "Mr Smith" and "Doña María" are one run: the honorific is the cue, the rest the name.
  const honorific = run[0] !== undefined && honorifics.has(run[0].word);
  const tokens = honorific ? run.slice(1) : run;
  const first = tokens[0];
  // A name is at most five words; a longer run (a pasted list) still yields a short excerpt.
  const endOf = (from: number) =>
    (tokens[Math.min(tokens.length - 1, from + 4)] ?? first)?.end ?? end;
  if (!first) return undefined;
  const before = text.slice(Math.max(0, start - 40), start);
  const span: Span = { kind: "personalName", start: first.start, end: endOf(0) };
  if (continued || honorific || strongCue.test(before)) return span;
  if (relationCue.test(before) && (isGiven(first.word) || isSurname(first.word))) return span;

  // Without a cue, the name starts at the run's first given name ("After Maria Lopez left").
  const index = tokens.findIndex((t) => isGiven(t.word) && !isNotName(t.word));
  const given = tokens[index];
  if (!given) return undefined;
  const rest = tokens.slice(index + 1);
  const from: Span = { kind: "personalName", start: given.start, end: endOf(index) };
  if (rest.length > 0)
    return isAmbiguous(given.word) && !rest.some((t) => isSurname(t.word)) ? undefined : from;
  return !isAmbiguous(given.word) && personVerb.test(text.slice(end, end + 20)) ? from : undefined;
}

/** "López, María": a known surname, a comma and a known given name, as in lists and forms. */
const surnameFirst = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(${token}),[ \t]*(${token})(?:[ \t]+(${token}))?`,
  "gu",
);

function surnameFirstNames(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(surnameFirst)) {
    const [whole, surname = "", given = "", middle] = match;
    if (
      !isSurname(surname) ||
      !isGiven(given) ||
      isAmbiguous(given) ||
      [surname, given].some(isNotName)
    )
      continue;
    const start = match.index ?? 0;
    const keepMiddle = middle !== undefined && !isNotName(middle) && isGiven(middle);
    spans.push({
      kind: "personalName",
      start,
      end: start + (keepMiddle ? whole.length : whole.length - (middle ? middle.length + 1 : 0)),
    });
  }
  return spans;
}

export const findPersonalNames: Detector = (text) => {
  const spans: Span[] = surnameFirstNames(text);
  for (const match of text.matchAll(run)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const tokens = [...match[0].matchAll(tokenPattern)].map((t) => ({
      word: t[0],
      start: start + (t.index ?? 0),
      end: start + (t.index ?? 0) + t[0].length,
    }));
    if (tokens.some((t) => isNotName(t.word))) continue;
    // A run longer than one name (a pasted list) is read again after each name found in it.
    let rest = tokens;
    while (rest[0]) {
      const span = nameIn(text, rest, rest[0].start, end, rest !== tokens);
      if (!span) break;
      spans.push(span);
      rest = rest.filter((t) => t.start >= span.end);
    }
  }
  return spans;
};
