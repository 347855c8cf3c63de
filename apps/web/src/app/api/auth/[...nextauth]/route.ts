import { consumeSignInAttempt, EMAIL_PROVIDER_ID, handlers } from "@puente/auth";
import { getDatabase } from "@puente/db/runtime";
import { getTranslator, isLocale } from "@puente/i18n";
import type { NextRequest } from "next/server";

export const GET = handlers.GET;

/**
 * Sign-in emails requested straight at Auth.js (not through the sign-in page's action) are
 * rate-limited too, so the limit cannot be sidestepped.
 */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith(`/signin/${EMAIL_PROVIDER_ID}`)) {
    const form = await request.clone().formData().catch(() => null);
    const email = form?.get("email");
    if (typeof email === "string" && email) {
      const { db } = await getDatabase();
      const ip = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null;
      const attempt = await consumeSignInAttempt(db, { email, ip });
      if (!attempt.allowed) {
        const cookie = request.cookies.get("NEXT_LOCALE")?.value;
        const t = getTranslator(isLocale(cookie) ? cookie : "en");
        return Response.json(
          { error: t("errors.rateLimited", { minutes: Math.ceil(attempt.retryAfterSeconds / 60) }) },
          { status: 429, headers: { "Retry-After": String(attempt.retryAfterSeconds) } },
        );
      }
    }
  }
  return handlers.POST(request);
}
