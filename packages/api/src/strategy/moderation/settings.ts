import type { Executor } from "@puente/db";
import { strategySettings } from "@puente/db/schema";
import { sql } from "drizzle-orm";
import { z } from "zod";

export const DEFAULT_FLAG_THRESHOLD = 3;

export const flagThresholdInput = z.object({ flagThreshold: z.number().int().min(1).max(50) });

/** Distinct members' open flags that hide a post; the default when the settings row is missing. */
export async function flagThreshold(db: Executor): Promise<number> {
  const [row] = await db.select({ flagThreshold: strategySettings.flagThreshold }).from(strategySettings).limit(1);
  return row?.flagThreshold ?? DEFAULT_FLAG_THRESHOLD;
}

export async function setFlagThreshold(db: Executor, input: z.infer<typeof flagThresholdInput>) {
  await db
    .insert(strategySettings)
    .values({ id: true, flagThreshold: input.flagThreshold })
    .onConflictDoUpdate({ target: strategySettings.id, set: { flagThreshold: input.flagThreshold, updatedAt: sql`now()` } });
  return { flagThreshold: input.flagThreshold };
}
