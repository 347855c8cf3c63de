import type { Database } from "@puente/db";
import { rateLimits } from "@puente/db/schema";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "./env";

const HOUR = 60 * 60;

interface Limiters {
  byEmail: RateLimiterDrizzle;
  byIp: RateLimiterDrizzle;
  newMemberPosts: RateLimiterDrizzle;
}

/** Strategy posts (threads and replies) a new member may write per hour (see consumeNewMemberPost). */
export const NEW_MEMBER_POSTS_PER_HOUR = 5;

const limiters = new WeakMap<Database, Limiters>();

function limitersFor(db: Database): Limiters {
  let found = limiters.get(db);
  if (!found) {
    // Counters live in PostgreSQL (the rate_limits table): several web processes share them.
    const common = { storeClient: db, schema: rateLimits, duration: HOUR, clearExpiredByTimeout: false };
    found = {
      byEmail: new RateLimiterDrizzle({ ...common, keyPrefix: "signin-email", points: env.SIGNIN_LIMIT_PER_EMAIL }),
      byIp: new RateLimiterDrizzle({ ...common, keyPrefix: "signin-ip", points: env.SIGNIN_LIMIT_PER_IP }),
      newMemberPosts: new RateLimiterDrizzle({ ...common, keyPrefix: "strategy-post", points: NEW_MEMBER_POSTS_PER_HOUR }),
    };
    limiters.set(db, found);
  }
  return found;
}

export type SignInAttempt = { allowed: true } | { allowed: false; retryAfterSeconds: number };

async function consumeAll(attempts: Array<() => Promise<unknown>>): Promise<SignInAttempt> {
  try {
    for (const attempt of attempts) await attempt();
    return { allowed: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return { allowed: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) };
    }
    throw rejection;
  }
}

/**
 * Counts one strategy post by a new member. Uses its own queries on `db`: call it before the
 * transaction that writes the post (on PGlite a query outside an open transaction waits for it).
 */
export async function consumeNewMemberPost(db: Database, userId: string): Promise<SignInAttempt> {
  const { newMemberPosts } = limitersFor(db);
  return consumeAll([() => newMemberPosts.consume(userId)]);
}

/** Counts one sign-in email against the address and the client IP; refuses over either limit. */
export async function consumeSignInAttempt(
  db: Database,
  input: { email: string; ip: string | null },
): Promise<SignInAttempt> {
  const { byEmail, byIp } = limitersFor(db);
  const ip = input.ip;
  return consumeAll([
    () => byEmail.consume(input.email.trim().toLowerCase()),
    ...(ip ? [() => byIp.consume(ip)] : []),
  ]);
}
