import { defineConfig } from "vitest/config";

/**
 * One Vitest run for the whole workspace. Database tests get a fresh database per file; the
 * timeout makes a hung embedded database fail fast instead of stalling CI (STACK-NOTES: PGlite).
 */
export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
