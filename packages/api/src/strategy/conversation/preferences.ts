import type { SignedInActor } from "@puente/auth/actor";
import type { Database } from "@puente/db";
import { strategyDigestFrequencies, strategyPreferences } from "@puente/db/schema";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";

export const digestInput = z.object({ digest: z.enum(strategyDigestFrequencies, { error: "errors.validation.choice" }) });

export async function digestPreference(db: Database, actor: SignedInActor) {
  const [row] = await db.select({ digest: strategyPreferences.digest }).from(strategyPreferences).where(eq(strategyPreferences.userId, actor.userId));
  return { digest: row?.digest ?? "none" };
}

export async function setDigestPreference(db: Database, actor: SignedInActor, input: z.infer<typeof digestInput>) {
  await db
    .insert(strategyPreferences)
    .values({ userId: actor.userId, digest: input.digest })
    .onConflictDoUpdate({ target: strategyPreferences.userId, set: { digest: input.digest, updatedAt: sql`now()` } });
  return { digest: input.digest };
}
