import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    /**
     * Run the job handlers inside the web server process (default). Set `false` on PostgreSQL when
     * `pnpm worker` processes the jobs instead. PGlite allows one process per data folder, so on
     * the embedded database the web server always runs them and this flag is ignored.
     */
    JOBS_IN_PROCESS: z
      .enum(["true", "false"])
      .default("true")
      .transform((v) => v === "true"),
    /** Read only so that `pnpm worker` can refuse the embedded database; @puente/db picks the engine. */
    DATABASE_URL: z.url().optional(),
    /** How often an idle worker looks for new jobs, in seconds (pg-boss allows 0.5 and up). */
    JOBS_POLLING_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
    /** Origin for links in scheduled emails (strategy digests), which no request carries. */
    APP_URL: z.url().default("http://localhost:3000"),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
