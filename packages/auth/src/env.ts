import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

const production = process.env.NODE_ENV === "production";

export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    /**
     * Signs session cookies and sign-in tokens. Required when serving in production
     * (`openssl rand -base64 32`); checked when the first request arrives, not at build time.
     */
    AUTH_SECRET: z.string().min(16).optional(),
    /** A session ends after this many minutes without activity (shelters share computers). */
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
    /** How long a sign-in link works. */
    SIGNIN_LINK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(20),
    /** Sign-in emails allowed per address per hour, and per client IP per hour. */
    SIGNIN_LIMIT_PER_EMAIL: z.coerce.number().int().min(1).default(5),
    SIGNIN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
    /** Session cookies carry `Secure`; on by default in production. */
    AUTH_SECURE_COOKIES: z
      .enum(["true", "false"])
      .default(production ? "true" : "false")
      .transform((v) => v === "true"),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
