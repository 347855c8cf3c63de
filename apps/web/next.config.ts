import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { staticSecurityHeaders } from "./src/security/headers";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const config: NextConfig = {
  poweredByHeader: false,
  // The e2e suite builds into its own folder (.next-e2e) so that a developer's build cannot swap the
  // files under the running test server, nor the tests' build under a developer's server.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  transpilePackages: ["@puente/api", "@puente/auth", "@puente/db", "@puente/email", "@puente/geo", "@puente/hsds", "@puente/i18n", "@puente/identifiers", "@puente/jobs", "@puente/ui"],
  // PGlite ships WebAssembly and data files; rate-limiter-flexible imports drizzle-orm dynamically;
  // pg-boss imports its package.json with import attributes and loads pg, which stay Node's to load.
  serverExternalPackages: ["@electric-sql/pglite", "rate-limiter-flexible", "nodemailer", "mailparser", "pg-boss", "pg"],
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders(process.env.NODE_ENV === "production") }];
  },
};

export default withNextIntl(config);
