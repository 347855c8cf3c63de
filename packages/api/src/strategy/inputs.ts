import {
  enforcementPrograms,
  strategyCounterparts,
  strategyOutcomes,
  strategyReactionKinds,
  strategyVisibilities,
} from "@puente/db/schema";
import { countyByFips, stateByCode } from "@puente/geo";
import { z } from "zod";

/**
 * Inputs of the strategy procedures. Messages are catalog keys (strategy.errors.… or the shared
 * errors.validation.…), translated where the error leaves the API.
 */

/** Longest Markdown body a post may have: a long note fits, a pasted report does not. */
export const MAX_POST_LENGTH = 20_000;
export const MAX_TITLE_LENGTH = 160;
export const MAX_NOTE_FIELD_LENGTH = 2_000;

const required = (max: number, tooLong: string) =>
  z
    .string({ error: "errors.validation.required" })
    .trim()
    .min(1, { error: "strategy.errors.emptyNote" })
    .max(max, { error: tooLong });

const optionalText = (max: number) =>
  z.string().trim().max(max, { error: "strategy.errors.fieldTooLong" }).default("");

export const stateCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => stateByCode(code) !== undefined, { error: "strategy.errors.unknownState" });

const countyFips = z
  .string()
  .trim()
  .regex(/^\d{5}$/, { error: "strategy.errors.unknownCounty" });

export const jurisdictionInput = z
  .object({ state: stateCode, countyFips: countyFips.optional() })
  .refine((j) => j.countyFips === undefined || countyByFips(j.countyFips)?.stateCode === j.state, {
    error: "strategy.errors.unknownCounty",
    path: ["countyFips"],
  });

/** ISO 639-1 or 639-3, lower case, as the directory and attorney profiles use. */
export const languageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, { error: "strategy.errors.unknownLanguage" })
  .refine(isKnownLanguage, { error: "strategy.errors.unknownLanguage" });

const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
/** A code ICU names (so "zz" or "abc" is refused as an unknown tag). */
function isKnownLanguage(code: string): boolean {
  try {
    return languageNames.of(code) !== undefined;
  } catch {
    return false;
  }
}

const program = z.enum(enforcementPrograms, { error: "strategy.errors.unknownProgram" });
const counterpart = z.enum(strategyCounterparts, { error: "strategy.errors.unknownCounterpart" });
const outcome = z.enum(strategyOutcomes, { error: "strategy.errors.unknownOutcome" });
const isoDate = z.iso.date({ error: "strategy.errors.invalidDate" });

export const postBody = z
  .string({ error: "errors.validation.required" })
  .trim()
  .min(1, { error: "strategy.errors.emptyPost" })
  .max(MAX_POST_LENGTH, { error: "strategy.errors.postTooLong" });

export const createThreadInput = z
  .object({
    categoryId: z.uuid({ error: "strategy.errors.unknownCategory" }),
    title: required(MAX_TITLE_LENGTH, "strategy.errors.titleTooLong"),
    visibility: z.enum(strategyVisibilities).default("network"),
    groupId: z.uuid().optional(),
    whatTried: required(MAX_NOTE_FIELD_LENGTH, "strategy.errors.fieldTooLong"),
    triedOn: isoDate.refine((d) => d <= new Date().toISOString().slice(0, 10), {
      error: "strategy.errors.dateInFuture",
    }),
    withWhom: counterpart,
    withWhomDetail: optionalText(200),
    outcome,
    lessons: optionalText(MAX_NOTE_FIELD_LENGTH),
    body: z
      .string()
      .trim()
      .max(MAX_POST_LENGTH, { error: "strategy.errors.postTooLong" })
      .default(""),
    jurisdictions: z
      .array(jurisdictionInput)
      .min(1, { error: "strategy.errors.jurisdictionRequired" })
      .max(20, { error: "strategy.errors.tooManyTags" }),
    programs: z.array(program).max(6).default([]),
    languages: z.array(languageCode).max(10, { error: "strategy.errors.tooManyTags" }).default([]),
  })
  .refine((t) => (t.visibility === "group") === (t.groupId !== undefined), {
    error: "strategy.errors.groupRequired",
    path: ["groupId"],
  });
export type CreateThreadInput = z.infer<typeof createThreadInput>;

/** Filters shared by the listing and the search; every structured field of a note is one. */
export const threadFilters = z.object({
  categoryId: z.uuid().optional(),
  state: stateCode.optional(),
  countyFips: countyFips.optional(),
  program: program.optional(),
  outcome: outcome.optional(),
  withWhom: counterpart.optional(),
  language: languageCode.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  groupId: z.uuid().optional(),
});
export type ThreadFilters = z.infer<typeof threadFilters>;

export const listThreadsInput = threadFilters.extend({
  /** Keyset cursor from the previous page. */
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(50).default(20),
});
export type ListThreadsInput = z.infer<typeof listThreadsInput>;

export const searchInput = threadFilters.extend({
  q: z.string().trim().min(1, { error: "strategy.errors.emptyQuery" }).max(200),
  limit: z.number().int().min(1).max(50).default(20),
  offset: z.number().int().min(0).max(1000).default(0),
});
export type SearchInput = z.infer<typeof searchInput>;

export const threadIdInput = z.object({ threadId: z.uuid() });
export const postIdInput = z.object({ postId: z.uuid() });

export const replyInput = z.object({
  threadId: z.uuid(),
  body: postBody,
  quotedPostId: z.uuid().optional(),
});

export const editPostInput = z.object({ postId: z.uuid(), body: postBody });

export const reactInput = z.object({
  postId: z.uuid(),
  kind: z.enum(strategyReactionKinds, { error: "errors.validation.choice" }),
  /** true adds the reaction, false takes it back. */
  on: z.boolean(),
});

const slug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "strategy.errors.slugFormat" })
  .max(60, { error: "strategy.errors.slugFormat" });

const name = z.string().trim().min(1, { error: "errors.validation.required" }).max(100);
const description = z.string().trim().max(500).default("");

export const categoryInput = z.object({
  slug,
  name,
  nameEs: name,
  description,
  descriptionEs: description,
  position: z.number().int().min(0).max(1000).default(0),
});
export const updateCategoryInput = categoryInput.extend({
  categoryId: z.uuid(),
  archived: z.boolean(),
});

export const groupInput = z.object({ name, description });
export const groupIdInput = z.object({ groupId: z.uuid() });
/** Why a moderator changed who belongs to or moderates a group or topic: optional, in the log. */
const changeReason = z
  .string()
  .trim()
  .max(500, { error: "strategy.errors.reasonTooLong" })
  .default("");
const memberEmail = z.email({ error: "errors.validation.email" });

export const groupMemberInput = z.object({
  groupId: z.uuid(),
  email: memberEmail,
  reason: changeReason,
});
export const removeGroupMemberInput = z.object({
  groupId: z.uuid(),
  userId: z.uuid(),
  reason: changeReason,
});
export const groupModeratorInput = removeGroupMemberInput.extend({ on: z.boolean() });

export const addCategoryModeratorInput = z.object({
  categoryId: z.uuid(),
  email: memberEmail,
  reason: changeReason,
});
export const removeCategoryModeratorInput = z.object({
  categoryId: z.uuid(),
  userId: z.uuid(),
  reason: changeReason,
});
