import { anyCase, spansOf } from "../regex";
import type { Detector } from "../types";

/**
 * Names introduced by a cue: an honorific ("Sra. Gómez", "Mrs. Allen") or a phrase such as
 * "her name is", "named", "se llama". The name itself must be capitalized words.
 */
const name = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+(?:de\s+(?:la\s+|los\s+)?|del\s+|y\s+)?\p{Lu}[\p{Ll}'’-]+){0,3}`;
const honorific = new RegExp(String.raw`(?<![\p{L}])(?:Sra|Sr|Srta|Mrs|Mr|Ms|Miss|Dña|Doña|Don)\.?\s+(${name})`, "gud");
const cues = anyCase(
  String.raw`named|called|(?:his|her|their|client's|survivor's|victim's)\s+name\s+is|llamado|llamada|se\s+llama|su\s+nombre\s+es|de\s+nombre|nombre:|name:`,
);
const phrase = new RegExp(String.raw`(?<![\p{L}])(?:${cues})\s+(${name})`, "gud");

export const findPersonalNames: Detector = (text) => [
  ...spansOf(text, honorific, "personalName", 1),
  ...spansOf(text, phrase, "personalName", 1),
];
