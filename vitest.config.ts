import { defineConfig } from "vitest/config";

const include = ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts"];
const postgresUrl = process.env.TEST_DATABASE_URL;
// The origin tests call procedures with (TEST_APP_URL in packages/api/src/testing). Jobs queued
// without a request, like the referral sweep that starts with the workers, take their links from
// APP_URL; with the same origin, an email reads the same whichever job sent it.
const appUrl = "https://puente.test";

/**
 * One Vitest run for the whole workspace. Every database test file gets a fresh database: PGlite
 * always, and the same suite again on PostgreSQL when TEST_DATABASE_URL names a server (CI sets it).
 * The timeouts make a hung embedded database fail fast instead of stalling CI (STACK-NOTES: PGlite).
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    // Setup that seeds the whole demo network (about 20 s alone, more beside another worker).
    hookTimeout: 180_000,
    pool: "forks",
    projects: [
      { extends: true, test: { name: "pglite", include, env: { TEST_DATABASE_URL: "", APP_URL: appUrl } } },
      ...(postgresUrl
        ? [
            {
              extends: true,
              test: {
                name: "postgresql",
                // Only packages that talk to a database need the second engine.
                include: ["packages/{api,auth,db,hsds,jobs}/src/**/*.test.ts"],
                env: { TEST_DATABASE_URL: postgresUrl, APP_URL: appUrl },
              },
            },
          ]
        : []),
    ],
  },
});
