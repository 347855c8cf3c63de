import { describeError, isTRPCError, type RouterOutputs } from "@puente/api";
import { isLocale } from "@puente/i18n";
import { getLocale } from "next-intl/server";
import { api } from "~/server/api";
import { hasSearch, searchInputFromParams, type RawSearchParams } from "./search-params";

export type SearchOutcome =
  | { status: "empty" }
  | { status: "ok"; search: RouterOutputs["directory"]["search"] }
  | { status: "error"; message: string };

/** Runs the URL's search in-process; a refused search (unknown place, filter) becomes a message. */
export async function runSearch(params: RawSearchParams): Promise<SearchOutcome> {
  if (!hasSearch(params)) return { status: "empty" };
  try {
    return { status: "ok", search: await (await api()).directory.search(searchInputFromParams(params)) };
  } catch (error) {
    if (!isTRPCError(error) || error.code === "INTERNAL_SERVER_ERROR") throw error;
    const locale = await getLocale();
    return { status: "error", message: describeError(error, isLocale(locale) ? locale : "en").message };
  }
}
