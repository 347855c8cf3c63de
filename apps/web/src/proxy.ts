import createMiddleware from "next-intl/middleware";
import { NextRequest, type NextResponse } from "next/server";
import { env } from "./env";
import { routing } from "./i18n/routing";
import { contentSecurityPolicy, newNonce } from "./security/content-security-policy";

const handleI18nRouting = createMiddleware(routing);

/**
 * Every page request: a fresh CSP nonce (Next reads it from the request's policy header and puts
 * it on its own scripts), then next-intl's locale routing.
 */
export default function proxy(request: NextRequest): NextResponse {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, env.NODE_ENV !== "production");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  const response = handleI18nRouting(new NextRequest(request, { headers }));
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only: API routes, Next's assets and files with an extension pass straight through.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
