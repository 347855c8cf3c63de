/** Access-walk inputs for the strategy.conversation procedures (see ../samples.ts). */
export function strategyConversationSamples(_organizationId: string): Record<string, unknown> {
  return {};
}
