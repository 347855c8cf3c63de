import { DrizzleAdapter } from "@auth/drizzle-adapter";
import type { Database } from "@puente/db";
import { accounts, sessions, users, verificationTokens } from "@puente/db/schema";
import { sendSignInLink } from "@puente/email";
import { eq } from "drizzle-orm";
import type { NextAuthConfig } from "next-auth";
import type { EmailConfig } from "next-auth/providers/email";
import { env } from "./env";
import { localeOfSignInRequest } from "./locale";

export const EMAIL_PROVIDER_ID = "email";

function emailProvider(db: Database): EmailConfig {
  return {
    id: EMAIL_PROVIDER_ID,
    type: "email",
    name: "Email",
    maxAge: env.SIGNIN_LINK_MINUTES * 60,
    options: {},
    async sendVerificationRequest({ identifier, url, request }) {
      const [known] = await db
        .select({ language: users.preferredLanguage })
        .from(users)
        .where(eq(users.email, identifier));
      await sendSignInLink({
        to: identifier,
        url,
        locale: known?.language ?? localeOfSignInRequest(url, request),
        expiresInMinutes: env.SIGNIN_LINK_MINUTES,
      });
    },
  };
}

function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === "production") {
    throw new Error("AUTH_SECRET is not set. Set it to a long random value: openssl rand -base64 32");
  }
  return "development-only-secret-never-use-in-production";
}

/**
 * Database sessions whose lifetime is the idle timeout: Auth.js pushes `expires` forward on
 * activity (at most once a minute), so a session dies after SESSION_IDLE_MINUTES of silence.
 */
export function createAuthConfig(db: Database): NextAuthConfig {
  return {
    adapter: DrizzleAdapter(db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    providers: [emailProvider(db)],
    secret: authSecret(),
    trustHost: true,
    useSecureCookies: env.AUTH_SECURE_COOKIES,
    session: {
      strategy: "database",
      maxAge: env.SESSION_IDLE_MINUTES * 60,
      updateAge: Math.min(60, env.SESSION_IDLE_MINUTES * 30),
    },
    pages: {
      signIn: "/sign-in",
      verifyRequest: "/sign-in/check-email",
      error: "/sign-in",
    },
    callbacks: {
      session({ session, user }) {
        return { ...session, user: { ...session.user, id: user.id } };
      },
    },
  };
}

export const sessionSettings = {
  idleMinutes: env.SESSION_IDLE_MINUTES,
  signInLinkMinutes: env.SIGNIN_LINK_MINUTES,
};
