import type { SignedInActor } from "@puente/auth/actor";
import type { Database, Executor } from "@puente/db";
import { strategySettings } from "@puente/db/schema";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { logModeration } from "./log";

export const DEFAULT_FLAG_THRESHOLD = 3;
export const MIN_FLAG_THRESHOLD = 1;
export const MAX_FLAG_THRESHOLD = 50;

// One message for every way the number can be wrong (empty, not whole, out of range): the form
// has one field and the fix is always the same.
const thresholdError = { error: "strategyModeration.errors.thresholdRange" };

export const flagThresholdInput = z.object({
  flagThreshold: z
    .number(thresholdError)
    .int(thresholdError)
    .min(MIN_FLAG_THRESHOLD, thresholdError)
    .max(MAX_FLAG_THRESHOLD, thresholdError),
  reason: z.string().trim().max(500, { error: "strategy.errors.reasonTooLong" }).default(""),
});

/** Distinct members' open flags that hide a post; the default when the settings row is missing. */
export async function flagThreshold(db: Executor): Promise<number> {
  const [row] = await db.select({ flagThreshold: strategySettings.flagThreshold }).from(strategySettings).limit(1);
  return row?.flagThreshold ?? DEFAULT_FLAG_THRESHOLD;
}

/**
 * Administrators change how many members' flags hide a post. The moderation log says from what to
 * what, so moderators know why posts started (or stopped) disappearing; saving the same number
 * changes and logs nothing.
 */
export async function setFlagThreshold(
  db: Database,
  actor: SignedInActor,
  input: z.infer<typeof flagThresholdInput>,
) {
  return db.transaction(async (tx) => {
    const from = await flagThreshold(tx);
    if (from === input.flagThreshold) return { flagThreshold: from, changed: false };
    await tx
      .insert(strategySettings)
      .values({ id: true, flagThreshold: input.flagThreshold })
      .onConflictDoUpdate({ target: strategySettings.id, set: { flagThreshold: input.flagThreshold, updatedAt: sql`now()` } });
    await logModeration(tx, {
      moderatorId: actor.userId,
      action: "set_flag_threshold",
      targetKind: "settings",
      setting: "flag_threshold",
      reason: input.reason,
      details: { from, to: input.flagThreshold },
    });
    return { flagThreshold: input.flagThreshold, changed: true };
  });
}
