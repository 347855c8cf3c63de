import { defineConfig } from "drizzle-kit";

// Migrations are generated against the schema only; no database connection is needed.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema/index.ts",
  out: "./drizzle",
  casing: "snake_case",
});
