import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    /** postgres://… selects PostgreSQL; unset selects the embedded PGlite database. */
    DATABASE_URL: z.url().optional(),
    /** Where the embedded database keeps its files; default `.data/pglite` at the repository root. */
    PGLITE_DIR: z.string().min(1).optional(),
    /** A PostgreSQL server on which tests create one fresh database per test file. */
    TEST_DATABASE_URL: z.url().optional(),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
