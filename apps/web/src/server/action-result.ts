import { describeError, isTRPCError } from "@puente/api";
import { isLocale } from "@puente/i18n";
import { getLocale } from "next-intl/server";

import type { ActionResult } from "./action-state";

export type { ActionResult } from "./action-state";

/**
 * Runs a procedure from a server action and turns a refusal into words for the form, in the
 * page's language. Anything that is not a procedure error is a bug and propagates to the error page.
 */
export async function runAction(call: () => Promise<unknown>, successMessage: string): Promise<ActionResult> {
  try {
    await call();
    return { status: "success", message: successMessage };
  } catch (error) {
    if (!isTRPCError(error)) throw error;
    const requested = await getLocale();
    const { message, fieldErrors } = describeError(error, isLocale(requested) ? requested : "en");
    return { status: "error", message, fieldErrors };
  }
}
