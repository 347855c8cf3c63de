import path from "node:path";

/**
 * One place for the e2e server's settings, shared by playwright.config.ts (which starts the
 * server) and the helpers (which read its mailbox). The server gets its own embedded database
 * and mailbox under .data/e2e so a run never touches a developer's data.
 */
export const repoRoot = path.resolve(import.meta.dirname, "../../../..");
export const port = Number(process.env.E2E_PORT ?? 3210);
export const baseURL = `http://localhost:${port}`;
// E2E_NAME gives a parallel run its own data folder and build folder (use it with its own E2E_PORT).
export const runName = process.env.E2E_NAME ?? "e2e";
export const pgliteDir = path.join(repoRoot, ".data", runName, "pglite");
export const mailDir = path.join(repoRoot, ".data", runName, "mail");
export const distDir = runName === "e2e" ? ".next-e2e" : `.next-${runName}`;

/** Demo accounts from packages/db/src/seed/demo.ts. */
export const demo = {
  pending: "pending@demo.example.org",
  advocate: "advocate@demo.example.org",
  orgadmin: "orgadmin@demo.example.org",
  attorney: "attorney@demo.example.org",
  moderator: "moderator@demo.example.org",
  admin: "admin@demo.example.org",
  program: "Casa Segura Atlanta",
} as const;

/** A brand-new address nobody has used, so tests never share an account's sessions or mail. */
export function freshAddress(label: string): string {
  return `${label}+${Date.now()}${Math.floor(Math.random() * 1000)}@demo.example.org`;
}
