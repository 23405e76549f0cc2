// The Content-Security-Policy of every page: scripts only from this origin and
// with this response's nonce (Next adds it to its own scripts when it finds it
// in the request's CSP header); sockets only to this origin. Styles allow
// inline `style` attributes, which React renders and a nonce cannot cover.
export function contentSecurityPolicy(options: { nonce: string; origin: string; dev: boolean }): string {
  const url = new URL(options.origin);
  const socketOrigin = `${url.protocol === "https:" ? "wss:" : "ws:"}//${url.host}`;
  const https = url.protocol === "https:";
  return [
    "default-src 'self'",
    // 'unsafe-eval' only in development: React's dev build and hot reload use eval.
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' ${socketOrigin}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Two years, subdomains included: only sent when the app's public URL is https. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
