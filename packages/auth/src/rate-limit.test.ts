import { createTestDatabase } from "@puente/db/testing";
import { queryRows, sql, type DatabaseHandle } from "@puente/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "./env";
import { consumeSignInAttempt } from "./rate-limit";

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
});

afterAll(async () => {
  await handle?.close();
});

describe("sign-in rate limits", () => {
  it("refuses an address after its hourly limit, whatever the case, and says how long to wait", async () => {
    for (let i = 0; i < env.SIGNIN_LIMIT_PER_EMAIL; i++) {
      expect(await consumeSignInAttempt(handle.db, { email: "limit@example.org", ip: `198.51.100.${i}` })).toEqual({ allowed: true });
    }
    const refused = await consumeSignInAttempt(handle.db, { email: "LIMIT@example.org ", ip: "198.51.100.200" });
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThan(60 * 50);
    // Another address is unaffected.
    expect(await consumeSignInAttempt(handle.db, { email: "other@example.org", ip: "198.51.100.201" })).toEqual({ allowed: true });
  });

  it("refuses an IP after its hourly limit across addresses", async () => {
    for (let i = 0; i < env.SIGNIN_LIMIT_PER_IP; i++) {
      await consumeSignInAttempt(handle.db, { email: `ip-${i}@example.org`, ip: "203.0.113.9" });
    }
    const refused = await consumeSignInAttempt(handle.db, { email: "ip-last@example.org", ip: "203.0.113.9" });
    expect(refused.allowed).toBe(false);
  });

  it("counts in the database, so every process sees the same counts", async () => {
    // The counters are rows, not process memory: a second web process reads the same ones.
    const rows = await queryRows<{ points: number }>(
      handle.db,
      sql`SELECT points FROM rate_limits WHERE key = 'signin-email:limit@example.org'`,
    );
    expect(rows[0]?.points).toBeGreaterThan(env.SIGNIN_LIMIT_PER_EMAIL);
  });
});
