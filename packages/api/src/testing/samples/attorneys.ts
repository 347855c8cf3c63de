/** Access-walk inputs for the attorneys procedures (see ../samples.ts). */
export function attorneySamples(_organizationId: string): Record<string, unknown> {
  return {};
}
