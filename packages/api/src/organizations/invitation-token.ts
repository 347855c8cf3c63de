import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe. Only the hash is stored; the token itself lives in the email. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const INVITATION_DAYS = 14;
