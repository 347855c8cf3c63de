import { createCaller, describeError, isTRPCError } from "@puente/api";
import { isLocale } from "@puente/i18n";
import type { NextRequest } from "next/server";
import { createRequestContext } from "~/server/api";

/**
 * Hours as CSV: `?organizationId=` for an organization's members (or administrators), none for an
 * attorney's own. The procedure decides who may export and writes the audit row.
 */
export async function GET(request: NextRequest) {
  const requested = request.cookies.get("NEXT_LOCALE")?.value;
  const locale = isLocale(requested) ? requested : "en";
  const organizationId = request.nextUrl.searchParams.get("organizationId") ?? undefined;
  const caller = createCaller(await createRequestContext(locale));
  try {
    const csv = await caller.referral.hoursCsv({ organizationId });
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="puente-hours.csv"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (!isTRPCError(error)) throw error;
    const status = error.code === "UNAUTHORIZED" ? 401 : error.code === "FORBIDDEN" ? 403 : 400;
    return new Response(describeError(error, locale).message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
}
