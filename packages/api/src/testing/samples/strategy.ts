/** Access-walk inputs for the strategy procedures (see ../samples.ts). */
export function strategySamples(_organizationId: string): Record<string, unknown> {
  return {};
}
