import { getDatabase } from "@puente/db/runtime";
import NextAuth from "next-auth";
import { createAuthConfig } from "./config";

// Lazy configuration: the embedded database opens (and migrates) on the first request, not at import.
export const { handlers, auth, signIn, signOut } = NextAuth(async () =>
  createAuthConfig((await getDatabase()).db),
);

export { EMAIL_PROVIDER_ID, sessionSettings } from "./config";
export { consumeSignInAttempt, type SignInAttempt } from "./rate-limit";
export * from "./actor";
