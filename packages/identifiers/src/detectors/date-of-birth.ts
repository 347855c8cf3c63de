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
// semicolon or full stop, nor a word that introduces another date: "born in Honduras, hearing
// 04/02/2026" and "DOB unknown and hearing set for 04/02/2026" are hearing dates.
const otherDate =
  "hearing|audiencia|deadline|plazo|filed|presentad|court|corte|cita|appointment|entered|entr[óo]|arrived|lleg[óo]|since|desde|until|hasta|expires|vence|interview|entrevista|detained|detenid|released|liberad|married|cas[óo]";
const gap = String.raw`(?:(?:(?!${otherDate})[^\n.,;:]){0,40}?\s)?`;
const cued = new RegExp(
  String.raw`(?<![\p{L}])${cue}(?![\p{L}])[\s:()-]*${gap}(?:(?:is|was|es|el|on|en)\s+)?(${date})`,
  "giud",
);

export const findDatesOfBirth: Detector = (text) => spansOf(text, cued, "dateOfBirth", 1);
