// Runs before every page: a fresh CSP nonce per request (lib/http/content-security-policy.ts),
// and HSTS when the app is served over https.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, STRICT_TRANSPORT_SECURITY } from "@/lib/http/content-security-policy";

export function proxy(request: NextRequest) {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const origin = process.env.NEXTAUTH_URL ?? request.nextUrl.origin;
  const csp = contentSecurityPolicy({ nonce, origin, dev: process.env.NODE_ENV !== "production" });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (origin.startsWith("https://")) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: [
    // Pages only: not static files, images or the icon (no HTML, no scripts to allow).
    { source: "/((?!_next/static|_next/image|icon.svg|favicon.ico).*)" },
  ],
};
