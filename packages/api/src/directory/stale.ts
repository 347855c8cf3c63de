/** A listing not verified for 12 months is stale (or never verified). */
export const STALE_AFTER_MONTHS = 12;

export function isStale(assuredDate: string | null, today: Date = new Date()): boolean {
  if (!assuredDate) return true;
  const limit = new Date(today);
  limit.setUTCMonth(limit.getUTCMonth() - STALE_AFTER_MONTHS);
  return assuredDate < limit.toISOString().slice(0, 10);
}
