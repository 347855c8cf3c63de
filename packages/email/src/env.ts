import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    /** smtp://user:pass@host:587 — send real mail. Unset: write .eml files into MAIL_DIR. */
    SMTP_URL: z.url().optional(),
    /** Where .eml files go when SMTP_URL is unset; default `.data/mail` at the repository root. */
    MAIL_DIR: z.string().min(1).optional(),
    MAIL_FROM: z.string().min(3).default("Puente <no-reply@puente.example.org>"),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
