import { defineConfig } from "vitest/config";

/**
 * For running this package on its own (`pnpm --filter @puente/hsds test`), on PGlite or, with
 * TEST_DATABASE_URL set, on PostgreSQL. The workspace run uses the root vitest.config.ts.
 */
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
