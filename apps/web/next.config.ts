import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { staticSecurityHeaders } from "./src/security/headers";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const config: NextConfig = {
  poweredByHeader: false,
  transpilePackages: ["@puente/api", "@puente/auth", "@puente/db", "@puente/email", "@puente/geo", "@puente/i18n", "@puente/ui"],
  // PGlite ships WebAssembly and data files; rate-limiter-flexible imports drizzle-orm dynamically.
  serverExternalPackages: ["@electric-sql/pglite", "rate-limiter-flexible", "nodemailer", "mailparser"],
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders(process.env.NODE_ENV === "production") }];
  },
};

export default withNextIntl(config);
