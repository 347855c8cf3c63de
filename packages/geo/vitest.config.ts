import { defineConfig } from "vitest/config";

export default defineConfig({
  // Left to find the tsconfig itself, Vite's transform follows `extends` through the
  // node_modules symlink of @puente/tsconfig, where base.json's relative
  // "../../tsconfig.base.json" does not exist. Point it at the file that base.json extends.
  tsconfig: "../../tsconfig.base.json",
  test: { include: ["src/**/*.test.ts"] },
});
