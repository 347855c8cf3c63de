import type { IdentifierKind, Span } from "./types";

/**
 * Every match of a global pattern as a span. With `group`, the span is that capture group only
 * (the pattern needs the `d` flag), so a cue such as "DOB:" can anchor a match without being flagged.
 */
export function spansOf(
  text: string,
  pattern: RegExp,
  kind: IdentifierKind,
  group?: number,
): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    const range: [number, number] | undefined =
      group === undefined ? [start, start + match[0].length] : match.indices?.[group];
    if (range) spans.push({ kind, start: range[0], end: range[1] });
  }
  return spans;
}

/**
 * A regex source that matches `words` in any letter case, for cue phrases inside a pattern whose
 * other parts must stay case-sensitive (a name must be capitalized; "su nombre es" need not be).
 */
export function anyCase(words: string): string {
  // Escapes such as \s stay as they are; write cues without character classes.
  return words.replace(/\\.|\p{L}/gu, (letter) => {
    if (letter.length > 1) return letter;
    const lower = letter.toLowerCase();
    const upper = letter.toUpperCase();
    return lower === upper ? letter : `[${lower}${upper}]`;
  });
}
