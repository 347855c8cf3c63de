import { findState, type State } from "./states";
import { normalizeName } from "./text";

export interface SplitPlace {
  /** What is left once the state is taken off, e.g. "Atlanta" or "condado de Fulton". */
  place: string;
  state?: State;
}

// "District of Columbia" and "Carolina del Norte" are the longest state names: three words.
const MAX_STATE_WORDS = 3;

/**
 * Takes a trailing state off a place: "Atlanta, GA", "Atlanta GA", "Atlanta, Georgia",
 * "Charleston West Virginia", "Ponce, Puerto Rico". A text without one comes back whole.
 */
export function splitState(text: string): SplitPlace | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;

  const comma = trimmed.lastIndexOf(",");
  if (comma >= 0) {
    const place = trimmed.slice(0, comma).trim();
    const state = findState(trimmed.slice(comma + 1));
    if (state && place) return { place, state };
  }

  // No usable comma: try the last one, two or three words as a state, longest first, so
  // "Charleston West Virginia" is not read as a city "Charleston West" in Virginia.
  const words = normalizeName(trimmed).split(" ");
  for (let n = Math.min(MAX_STATE_WORDS, words.length - 1); n >= 1; n--) {
    const state = findState(words.slice(-n).join(" "));
    if (state) return { place: words.slice(0, -n).join(" "), state };
  }
  return { place: trimmed };
}
