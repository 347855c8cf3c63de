import { isTRPCError } from "@puente/api";
import { isVetted } from "@puente/auth/actor";
import { getLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { redirect } from "~/i18n/navigation";
import { getActor } from "~/server/actor";

/** Strategy pages are for vetted members: anyone else goes home (the procedures refuse them too). */
export async function requireVettedMember() {
  const actor = await getActor();
  if (!isVetted(actor)) return redirect({ href: "/", locale: await getLocale() });
  return actor;
}

/** A procedure's refusal as the page's answer: an unknown or unreadable id is a 404. */
export async function orNotFound<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isTRPCError(error) && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
}
