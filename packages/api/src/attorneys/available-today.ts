import { attorneyProfiles } from "@puente/db/schema";
import { sql, type SQL } from "drizzle-orm";

/**
 * The one definition of "takes new referrals today" (schema comment on attorney_profiles):
 * approved, accepting, and any pause over. Matching and the roster both use it, so an attorney
 * who pauses disappears from both on the same day and comes back on the same day.
 */
export const availableToday: SQL<boolean> = sql<boolean>`(${attorneyProfiles.applicationState} = 'approved'
  AND ${attorneyProfiles.accepting}
  AND (${attorneyProfiles.pausedUntil} IS NULL OR ${attorneyProfiles.pausedUntil} < current_date))`;
