/**
 * Headers every response carries. The Content-Security-Policy with its per-request nonce is set
 * by the proxy for pages; API routes get a locked-down policy here since they serve no HTML.
 */
export function staticSecurityHeaders(production: boolean) {
  const headers = [
    { key: "Referrer-Policy", value: "no-referrer" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  ];
  if (production) {
    headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  }
  return headers;
}
