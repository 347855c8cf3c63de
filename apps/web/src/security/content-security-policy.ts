/**
 * The page policy: scripts only with this response's nonce ('strict-dynamic' lets Next's loader
 * add its chunks); no inline scripts in production. Development adds 'unsafe-eval', which React's
 * dev tooling needs. Inline styles stay allowed: they cannot run code.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  const scriptSrc = [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`, ...(development ? [`'unsafe-eval'`] : [])];
  return [
    `default-src 'self'`,
    `script-src ${scriptSrc.join(" ")}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    `base-uri 'none'`,
    `object-src 'none'`,
  ].join("; ");
}

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
