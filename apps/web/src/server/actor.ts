import { auth } from "@puente/auth";
import { loadActor, visitor, type Actor } from "@puente/auth/actor";
import { getDatabase } from "@puente/db/runtime";
import { cache } from "react";

/** The person behind this request, loaded once per request. */
export const getActor = cache(async (): Promise<Actor> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return visitor;
  const { db } = await getDatabase();
  return loadActor(db, userId);
});
