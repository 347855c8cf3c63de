import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    /** Public origin for links in emails, e.g. https://puente.example.org. Default: the request's origin. */
    APP_URL: z.url().optional(),
    /** Where the quick-exit button goes: a neutral site. */
    QUICK_EXIT_URL: z.url().default("https://weather.com/"),
    /** Lists the .eml files of MAIL_DIR at /dev/mail. On by default in development only. */
    MAIL_PREVIEW: z
      .enum(["true", "false"])
      .optional()
      .transform((v) => (v === undefined ? process.env.NODE_ENV !== "production" : v === "true")),
    /**
     * POST /api/dev/jobs/strategy-digest queues a digest run now (for trying digests out and for the
     * end-to-end tests). On by default in development only, like MAIL_PREVIEW.
     */
    JOB_TRIGGERS: z
      .enum(["true", "false"])
      .optional()
      .transform((v) => (v === undefined ? process.env.NODE_ENV !== "production" : v === "true")),
    /** Largest request body the API accepts, in bytes. */
    MAX_REQUEST_BYTES: z.coerce.number().int().min(1024).default(256 * 1024),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
