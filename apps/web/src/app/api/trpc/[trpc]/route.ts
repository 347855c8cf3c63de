import { appRouter } from "@puente/api";
import { getDatabase } from "@puente/db/runtime";
import { getTranslator, isLocale, type Locale } from "@puente/i18n";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { NextRequest } from "next/server";
import { env } from "~/env";
import { getActor } from "~/server/actor";
import { appUrl, clientIp } from "~/server/request-info";

function requestLocale(request: NextRequest): Locale {
  const requested = request.headers.get("x-puente-locale") ?? request.cookies.get("NEXT_LOCALE")?.value;
  return isLocale(requested) ? requested : "en";
}

async function handle(request: NextRequest) {
  const locale = requestLocale(request);
  // Refuse oversized bodies before reading them.
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > env.MAX_REQUEST_BYTES) {
    return Response.json({ error: { message: getTranslator(locale)("errors.tooLarge") } }, { status: 413 });
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: async () => {
      const { db, engine } = await getDatabase();
      return { db, engine, actor: await getActor(), locale, appUrl: await appUrl(), clientIp: await clientIp() };
    },
  });
}

export { handle as GET, handle as POST };
