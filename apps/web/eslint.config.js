import nextjs from "@puente/eslint-config/nextjs";
export default [{ ignores: [".next/**", ".next-e2e/**", ".next-*/**", "next-env.d.ts", "playwright-report/**", "test-results/**"] }, ...nextjs];
