import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Shared rules for every package: TypeScript-aware, no type information (fast on 2 cores). */
export default tseslint.config(
  { ignores: ["**/dist/**", "**/.next/**", "**/drizzle/**", "**/*.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      // Environment is read and validated in one env.ts per package (DESIGN.md).
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through the package's env.ts." },
      ],
    },
  },
  {
    files: ["**/env.ts", "**/*.config.ts", "**/*.config.js", "**/*.test.ts", "**/*.spec.ts", "**/e2e/**", "**/scripts/**", "**/bench/**"],
    rules: { "no-restricted-properties": "off" },
  },
);
