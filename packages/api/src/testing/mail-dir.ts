import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A mail folder of the test file's own. @puente/email reads MAIL_DIR when it is first imported, so
 * call this inside `vi.hoisted` (this module imports nothing that would load it first):
 * `const mailDir = await vi.hoisted(async () => (await import("../testing/mail-dir")).useTemporaryMailDir("x"));`
 */
export function useTemporaryMailDir(label: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `puente-${label}-mail-`));
  // Test setup writes the environment @puente/email's env.ts then reads, as the test files did inline.
  /* eslint-disable no-restricted-properties */
  process.env.MAIL_DIR = dir;
  delete process.env.SMTP_URL;
  /* eslint-enable no-restricted-properties */
  return dir;
}
