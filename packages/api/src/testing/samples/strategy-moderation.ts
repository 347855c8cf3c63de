/** Access-walk inputs for the strategy.moderation procedures (see ../samples.ts). */
export function strategyModerationSamples(_organizationId: string): Record<string, unknown> {
  return {};
}
