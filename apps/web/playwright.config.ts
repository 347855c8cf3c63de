import { defineConfig } from "@playwright/test";
import { baseURL, distDir, mailDir, pgliteDir, port, runName } from "./e2e/support/env";

const skipBuild = process.env.E2E_SKIP_BUILD === "1";
// On a machine busy with other work (parallel builds), E2E_TIMEOUT_SCALE=3 stretches every wait.
const scale = Number(process.env.E2E_TIMEOUT_SCALE ?? 1);

/**
 * End-to-end tests against the production build (`next build` + `next start`) in the system
 * Chromium, with a fresh embedded database and mailbox per run (see e2e/support/start-server.sh).
 */
export default defineConfig({
  testDir: "./e2e",
  // Per run name: Playwright empties this folder at start, which would break a parallel run's traces.
  outputDir: `test-results/${runName}`,
  globalSetup: "./e2e/support/global-setup.ts",
  // Two cores: the server, the browser and two workers already share them.
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  // Generous: the longest flows sign in three people, and CI machines are often busy with other work.
  timeout: 120_000 * scale,
  expect: { timeout: 15_000 * scale },
  use: {
    baseURL,
    locale: "en-US",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--headless",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium" }],
  webServer: {
    command: "bash e2e/support/start-server.sh",
    url: `${baseURL}/api/health`,
    // A production build takes about a minute on two cores, seeding the demo half a minute; more when busy.
    timeout: (skipBuild ? 180 : 420) * 1000 * scale,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      // Its own build folder: a developer's `next build` in .next cannot swap files under this server.
      NEXT_DIST_DIR: distDir,
      PGLITE_DIR: pgliteDir,
      MAIL_DIR: mailDir,
      // An empty DATABASE_URL selects the embedded database even if the shell points elsewhere.
      DATABASE_URL: "",
      APP_URL: baseURL,
      AUTH_SECRET: "e2e-only-secret-not-for-any-real-deployment",
      // Chromium treats http://localhost as a secure context, so Secure cookies work as in production.
      AUTH_SECURE_COOKIES: "true",
      // Every test signs in; all requests come from 127.0.0.1.
      SIGNIN_LIMIT_PER_EMAIL: "100",
      SIGNIN_LIMIT_PER_IP: "1000",
      MAIL_PREVIEW: "",
      // Lets the strategy e2e run the digest job now instead of waiting for its schedule.
      JOB_TRIGGERS: "true",
      SMTP_URL: "",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
