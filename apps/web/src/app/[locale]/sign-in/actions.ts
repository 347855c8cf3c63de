"use server";

import { consumeSignInAttempt, EMAIL_PROVIDER_ID, signIn } from "@puente/auth";
import { getDatabase } from "@puente/db/runtime";
import { AuthError } from "next-auth";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { redirect } from "~/i18n/navigation";
import type { ActionResult } from "~/server/action-state";
import { clientIp } from "~/server/request-info";
import { safeCallbackPath } from "./safe-callback";

const signInInput = z.object({ email: z.email().max(254), callbackUrl: z.string().max(500).optional() });

export async function requestSignInLink(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const t = await getTranslations();
  const locale = await getLocale();
  const parsed = signInInput.safeParse({
    email: String(form.get("email") ?? "").trim(),
    callbackUrl: form.get("callbackUrl") ?? undefined,
  });
  if (!parsed.success) {
    return { status: "error", message: t("errors.validation.summary"), fieldErrors: { email: t("errors.validation.email") } };
  }
  const email = parsed.data.email.toLowerCase();
  const { db } = await getDatabase();
  const attempt = await consumeSignInAttempt(db, { email, ip: await clientIp() });
  if (!attempt.allowed) {
    return { status: "error", message: t("errors.rateLimited", { minutes: Math.ceil(attempt.retryAfterSeconds / 60) }) };
  }
  try {
    await signIn(EMAIL_PROVIDER_ID, {
      email,
      redirect: false,
      redirectTo: safeCallbackPath(parsed.data.callbackUrl, locale),
    });
  } catch (error) {
    if (error instanceof AuthError) return { status: "error", message: t("auth.signIn.failed") };
    throw error;
  }
  redirect({ href: "/sign-in/check-email", locale });
  return { status: "idle" };
}
