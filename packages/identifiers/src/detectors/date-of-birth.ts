import { spansOf } from "../regex";
import type { Detector } from "../types";

/**
 * A date is identifying when it is a birth date. Hearing dates and deadlines are case facts the
 * referral needs, so only a date shortly after a birth cue ("DOB", "born", "nació") is flagged.
 */
const months =
  "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|abr|ago|dic";
const date = String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|(?:${months})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+(?:de\s+)?(?:${months})\.?,?\s+(?:de\s+|del\s+)?\d{4})`;
const cue = String.raw`(?:D\.?O\.?B\.?|date\s+of\s+birth|birth\s*date|birthday|born(?:\s+on)?|f\.?\s*de\s+nac\.?|fecha\s+de\s+nacimiento|naci[óo](?:\s+el)?|nacid[oa](?:\s+el)?|cumpleaños)`;
// A few words may stand between cue and date ("born in Honduras on 3/14/1990"), never a comma,
// semicolon or full stop: "born in Honduras, hearing 04/02/2026" is a hearing date.
const cued = new RegExp(
  String.raw`${cue}[\s:()-]*(?:[^\n.,;:]{0,40}?\s)?(?:(?:is|was|es|el|on|en)\s+)?(${date})`,
  "giud",
);

export const findDatesOfBirth: Detector = (text) => spansOf(text, cued, "dateOfBirth", 1);
