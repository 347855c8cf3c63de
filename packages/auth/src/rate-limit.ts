import type { Database } from "@puente/db";
import { rateLimits } from "@puente/db/schema";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "./env";

const HOUR = 60 * 60;

interface Limiters {
  byEmail: RateLimiterDrizzle;
  byIp: RateLimiterDrizzle;
}

const limiters = new WeakMap<Database, Limiters>();

function limitersFor(db: Database): Limiters {
  let found = limiters.get(db);
  if (!found) {
    // Counters live in PostgreSQL (the rate_limits table): several web processes share them.
    const common = { storeClient: db, schema: rateLimits, duration: HOUR, clearExpiredByTimeout: false };
    found = {
      byEmail: new RateLimiterDrizzle({ ...common, keyPrefix: "signin-email", points: env.SIGNIN_LIMIT_PER_EMAIL }),
      byIp: new RateLimiterDrizzle({ ...common, keyPrefix: "signin-ip", points: env.SIGNIN_LIMIT_PER_IP }),
    };
    limiters.set(db, found);
  }
  return found;
}

export type SignInAttempt = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts one sign-in email against the address and the client IP; refuses over either limit. */
export async function consumeSignInAttempt(
  db: Database,
  input: { email: string; ip: string | null },
): Promise<SignInAttempt> {
  const { byEmail, byIp } = limitersFor(db);
  try {
    await byEmail.consume(input.email.trim().toLowerCase());
    if (input.ip) await byIp.consume(input.ip);
    return { allowed: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return { allowed: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) };
    }
    throw rejection;
  }
}
