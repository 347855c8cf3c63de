import {
  ATTORNEY_CAPACITY,
  attorneyAffiliationKinds,
  caseTypes,
  languageProficiencies,
} from "@puente/db/schema";
import { countyByFips, stateByCode } from "@puente/geo";
import { z } from "zod";

/**
 * What an attorney says about themself, and the moderators' and members' questions about
 * attorneys. Messages are catalog keys (attorneys.errors.… or the shared errors.validation.…),
 * translated where the error leaves the API.
 */

const stateCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => stateByCode(code) !== undefined, { error: "attorneys.errors.unknownState" });

/** ISO 639-1 or 639-3, lower case: the codes the directory's languages use. */
export const languageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, { error: "attorneys.errors.unknownLanguage" });

const thisYear = () => new Date().getUTCFullYear();

export const barAdmissionInput = z.object({
  state: stateCode,
  // Bar numbers are letters, digits and the odd dash or space; stored upper-cased.
  number: z
    .string()
    .trim()
    .toUpperCase()
    .min(1, { error: "errors.validation.required" })
    .max(30, { error: "attorneys.errors.barNumberFormat" })
    .regex(/^[A-Z0-9][A-Z0-9 .-]*$/, { error: "attorneys.errors.barNumberFormat" }),
  year: z.coerce
    .number({ error: "attorneys.errors.yearAdmitted" })
    .int({ error: "attorneys.errors.yearAdmitted" })
    .min(1950, { error: "attorneys.errors.yearAdmitted" })
    .refine((year) => year <= thisYear(), { error: "attorneys.errors.yearAdmitted" }),
});

export const regionInput = z
  .object({
    state: stateCode,
    /** Five-digit FIPS; absent for the whole state. */
    countyFips: z
      .string()
      .trim()
      .regex(/^\d{5}$/, { error: "attorneys.errors.unknownCounty" })
      .optional(),
  })
  .refine((r) => r.countyFips === undefined || countyByFips(r.countyFips)?.stateCode === r.state, {
    error: "attorneys.errors.unknownCounty",
    path: ["countyFips"],
  });

/** No two items with the same key. */
function unique<T>(key: (item: T) => string) {
  return (items: T[]) => new Set(items.map(key)).size === items.length;
}

export const profileInput = z.object({
  affiliationKind: z.enum(attorneyAffiliationKinds, { error: "errors.validation.choice" }),
  affiliationName: z.string().trim().max(200).optional(),
  barAdmissions: z
    .array(barAdmissionInput)
    .min(1, { error: "attorneys.errors.barAdmissionRequired" })
    .max(10)
    .refine(unique((b: { state: string }) => b.state), { error: "attorneys.errors.duplicateBarState" }),
  practiceAreas: z
    .array(z.enum(caseTypes, { error: "errors.validation.choice" }))
    .min(1, { error: "attorneys.errors.practiceAreaRequired" })
    .max(caseTypes.length),
  languages: z
    .array(z.object({ code: languageCode, proficiency: z.enum(languageProficiencies, { error: "errors.validation.choice" }) }))
    .min(1, { error: "attorneys.errors.languageRequired" })
    .max(20)
    .refine(unique((l: { code: string }) => l.code), { error: "attorneys.errors.duplicateLanguage" }),
  regions: z
    .array(regionInput)
    .max(60)
    .refine(unique((r: { state: string; countyFips?: string }) => `${r.state}/${r.countyFips ?? ""}`), { error: "attorneys.errors.duplicateRegion" })
    .default([]),
  remote: z.boolean().default(false),
  capacity: z.coerce
    .number({ error: "attorneys.errors.capacity" })
    .int({ error: "attorneys.errors.capacity" })
    .min(ATTORNEY_CAPACITY.min, { error: "attorneys.errors.capacity" })
    .max(ATTORNEY_CAPACITY.max, { error: "attorneys.errors.capacity" }),
  mentors: z.boolean().default(false),
});
export type ProfileInput = z.infer<typeof profileInput>;

/** YYYY-MM-DD, a real calendar date. */
const isoDate = z.iso.date({ error: "attorneys.errors.pausedUntil" });

export const availabilityInput = z.object({
  accepting: z.boolean(),
  /** Holds new referrals back up to and including this day; null resumes now. */
  pausedUntil: isoDate.nullable().default(null),
});
export type AvailabilityInput = z.infer<typeof availabilityInput>;

export const attorneyIdInput = z.object({ userId: z.uuid() });
export const barAdmissionIdInput = z.object({ admissionId: z.uuid() });
export const rejectInput = z.object({
  userId: z.uuid(),
  reason: z.string().trim().min(1, { error: "errors.validation.required" }).max(1000),
});

export const rosterInput = z.object({
  practiceArea: z.enum(caseTypes, { error: "errors.validation.choice" }).optional(),
  language: languageCode.optional(),
  /** Admitted to the bar there, or taking in-person cases there. */
  state: stateCode.optional(),
  remote: z.boolean().optional(),
  /** Only attorneys available for new referrals today. */
  accepting: z.boolean().optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.number().int().min(1).max(100).default(50),
  cursor: z.string().max(300).optional(),
});
export type RosterInput = z.infer<typeof rosterInput>;
