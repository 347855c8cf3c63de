import { findCounty } from "@puente/geo";

/**
 * The attorney form → the API's profile input. The form has a few blank slots for bar
 * admissions and regions (so it works without JavaScript); blank slots are dropped, and the
 * API's field errors, which count only the rows sent, are mapped back to the slots they came from.
 */

export interface ParsedProfileForm {
  input: {
    affiliationKind: string;
    affiliationName?: string;
    barAdmissions: Array<{ state: string; number: string; year: string }>;
    practiceAreas: string[];
    languages: Array<{ code: string; proficiency: string }>;
    regions: Array<{ state: string; countyFips?: string }>;
    remote: boolean;
    capacity: string;
    mentors: boolean;
  };
  /** Index sent → slot on the form. */
  barSlots: number[];
  regionSlots: number[];
}

export const SLOT_LIMIT = 20;

/** What the form shows: saved values, or after a refusal what the person had typed. */
export interface ProfileFormValues {
  affiliationKind: string;
  affiliationName: string;
  barAdmissions: Array<{ state: string; number: string; year: string }>;
  practiceAreas: string[];
  languages: Record<string, string>;
  regions: Array<{ state: string; county: string }>;
  remote: boolean;
  capacity: string;
  mentors: boolean;
}

/**
 * The form as submitted, rows in their slots (blank rows in between kept), so a refused form can
 * be shown again as it was typed: React resets a form after its action, to these defaults.
 */
export function submittedValues(form: FormData): ProfileFormValues {
  const text = (name: string) => String(form.get(name) ?? "");
  const rows = <T>(read: (slot: number) => T, blank: (row: T) => boolean) => {
    const all = Array.from({ length: SLOT_LIMIT }, (_, slot) => read(slot));
    let last = all.length;
    while (last > 0 && blank(all[last - 1]!)) last--;
    return all.slice(0, last);
  };
  return {
    affiliationKind: text("affiliationKind"),
    affiliationName: text("affiliationName"),
    barAdmissions: rows(
      (slot) => ({ state: text(`bar.${slot}.state`), number: text(`bar.${slot}.number`), year: text(`bar.${slot}.year`) }),
      (b) => !b.state && !b.number && !b.year,
    ),
    practiceAreas: form.getAll("practiceArea").map(String),
    languages: Object.fromEntries([...form.keys()].filter((k) => k.startsWith("lang.")).map((k) => [k.slice(5), text(k)])),
    regions: rows(
      (slot) => ({ state: text(`region.${slot}.state`), county: text(`region.${slot}.county`) }),
      (r) => !r.state && !r.county,
    ),
    remote: form.get("remote") === "on",
    capacity: text("capacity"),
    mentors: form.get("mentors") === "on",
  };
}

export function parseProfileForm(form: FormData): ParsedProfileForm {
  const text = (name: string) => String(form.get(name) ?? "").trim();
  const barSlots: number[] = [];
  const barAdmissions: ParsedProfileForm["input"]["barAdmissions"] = [];
  const regionSlots: number[] = [];
  const regions: ParsedProfileForm["input"]["regions"] = [];
  for (let slot = 0; slot < SLOT_LIMIT; slot++) {
    const bar = { state: text(`bar.${slot}.state`), number: text(`bar.${slot}.number`), year: text(`bar.${slot}.year`) };
    if (bar.state || bar.number || bar.year) {
      barSlots.push(slot);
      barAdmissions.push(bar);
    }
    const state = text(`region.${slot}.state`);
    const county = text(`region.${slot}.county`);
    if (state || county) {
      regionSlots.push(slot);
      regions.push({ state, countyFips: county ? countyFipsFor(county, state) : undefined });
    }
  }
  const languages = [...form.keys()]
    .filter((key) => key.startsWith("lang."))
    .map((key) => ({ code: key.slice("lang.".length), proficiency: text(key) }))
    .filter((l) => l.proficiency !== "");
  return {
    input: {
      affiliationKind: text("affiliationKind"),
      affiliationName: text("affiliationName") || undefined,
      barAdmissions,
      practiceAreas: form.getAll("practiceArea").map(String),
      languages,
      regions,
      remote: form.get("remote") === "on",
      capacity: text("capacity"),
      mentors: form.get("mentors") === "on",
    },
    barSlots,
    regionSlots,
  };
}

/** A county typed by name ("Fulton" or "Fulton County") or as its FIPS code; unknown text is passed on for the API to refuse. */
function countyFipsFor(county: string, state: string): string {
  if (/^\d{5}$/.test(county)) return county;
  return findCounty(county, state || undefined)?.fips ?? county;
}

/** API field paths → the form's field names. */
export function formFieldErrors(parsed: ParsedProfileForm, errors: Record<string, string> | undefined) {
  if (!errors) return undefined;
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const [list, index, field] = path.split(".");
    if (list === "barAdmissions" && index !== undefined && field) out[`bar.${parsed.barSlots[Number(index)] ?? index}.${field}`] = message;
    else if (list === "regions" && index !== undefined && field)
      out[`region.${parsed.regionSlots[Number(index)] ?? index}.${field === "countyFips" ? "county" : field}`] = message;
    else if (list === "languages" && index !== undefined) out[`lang.${parsed.input.languages[Number(index)]?.code ?? index}`] = message;
    else out[path] ??= message;
  }
  return out;
}
