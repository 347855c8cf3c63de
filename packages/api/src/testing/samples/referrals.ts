/** Access-walk inputs for the referrals procedures (see ../samples.ts). */
export function referralSamples(_organizationId: string): Record<string, unknown> {
  return {};
}
