import { randomInt } from "node:crypto";

// No 0/O, 1/I/L: a code read aloud over the phone is not misheard.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/**
 * A case reference code such as "PR-7K3M-Q2XD": random, so it says nothing about the survivor,
 * the organization or the order of referrals. 31^8 ≈ 8.5e11 codes; the unique index catches the
 * rare collision and the caller retries.
 */
export function newReferenceCode(): string {
  const pick = () => ALPHABET[randomInt(ALPHABET.length)];
  const part = () => Array.from({ length: 4 }, pick).join("");
  return `PR-${part()}-${part()}`;
}
