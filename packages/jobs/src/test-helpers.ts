import type { JobPayload } from "./jobs";
import type { DomainWork } from "./workers";

/** Polls until `check` returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  timeoutMs = 15_000,
  label = "condition",
): Promise<Exclude<T, false | undefined>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value as Exclude<T, false | undefined>;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${label}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function sampleEmail(
  overrides: Partial<JobPayload<"email.send">> = {},
): JobPayload<"email.send"> {
  return {
    to: "advocate@example.org",
    subject: "Your sign-in link",
    text: "SECRET-BODY https://puente.example.org/sign-in?token=abc",
    html: "<p>SECRET-BODY</p>",
    language: "en",
    ...overrides,
  };
}

/** Fast polling so tests take seconds, not the production default. */
export const fastPolling = { pollingIntervalSeconds: 0.5 } as const;

/** For tests of this package's own jobs: domain work that is never reached (no such jobs are sent). */
export const idleDomainWork: DomainWork = {
  referralOffers: {
    expire: () => Promise.reject(new Error("referral work is not part of this test")),
    remind: () => Promise.reject(new Error("referral work is not part of this test")),
  },
  // The sweep is queued whenever workers start, so here it runs and finds nothing to do.
  referralExpiry: {
    expireForConsent: () => Promise.reject(new Error("referral work is not part of this test")),
    sweep: () => Promise.resolve(),
  },
  strategyDigests: { send: () => Promise.reject(new Error("digest work is not part of this test")) },
};
