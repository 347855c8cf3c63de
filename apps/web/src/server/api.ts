import { createCaller, type Context } from "@puente/api";
import { getDatabase } from "@puente/db/runtime";
import { isLocale, type Locale } from "@puente/i18n";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { getActor } from "./actor";
import { appUrl, clientIp } from "./request-info";

export async function createRequestContext(locale: Locale): Promise<Context> {
  const { db, engine } = await getDatabase();
  return { db, engine, actor: await getActor(), locale, appUrl: await appUrl(), clientIp: await clientIp() };
}

/** tRPC in-process, for server components and server actions: same procedures, no HTTP hop. */
export const api = cache(async () => {
  const requested = await getLocale();
  return createCaller(await createRequestContext(isLocale(requested) ? requested : "en"));
});
