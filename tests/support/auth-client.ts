// Drives next-auth's own request handler (no HTTP) with a cookie jar, the way a
// browser does: CSRF token, credentials callback, session reads, sign-out.
import { createRequire } from "node:module";
import path from "node:path";
import type { AuthOptions } from "next-auth";
import { authOptions, sessionCookieName } from "@/lib/auth/auth-options";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { publicUrl } from "@/lib/config/env";

type Jar = Record<string, string>;

// next-auth's request core (what its Next.js route calls) is not in the package's
// exports map; loaded by file path so tests run the real sign-in, session and sign-out code.
type CoreResponse = {
  body?: Record<string, unknown>;
  redirect?: string;
  cookies?: { name: string; value: string; options?: { maxAge?: number; expires?: Date | string } }[];
};
type CoreRequest = {
  origin: string;
  action: string;
  method: string;
  cookies: Jar;
  headers: Record<string, string>;
  query: Record<string, string>;
  body?: Record<string, string>;
  providerId?: string;
};
const { AuthHandler } = createRequire(import.meta.url)(
  path.join(process.cwd(), "node_modules/next-auth/core/index.js"),
) as {
  AuthHandler: (params: { req: CoreRequest; options: AuthOptions }) => Promise<CoreResponse>;
};

export function authClient(options: { clientAddress?: string } = {}) {
  let jar: Jar = {};
  const headers = { [CLIENT_ADDRESS_HEADER]: options.clientAddress ?? "192.0.2.10" };

  async function call(
    action: "csrf" | "callback" | "session" | "signout",
    init: { method?: string; body?: Record<string, string>; providerId?: string } = {},
  ) {
    const response = await AuthHandler({
      req: {
        origin: publicUrl(),
        action,
        method: init.method ?? "GET",
        cookies: { ...jar },
        headers,
        query: {},
        body: init.body,
        providerId: init.providerId,
      },
      options: authOptions(),
    });
    for (const cookie of response.cookies ?? []) {
      const expired =
        cookie.options?.maxAge === 0 ||
        (cookie.options?.expires && new Date(cookie.options.expires).getTime() <= Date.now());
      if (expired || cookie.value === "") delete jar[cookie.name];
      else jar[cookie.name] = cookie.value;
    }
    return response;
  }

  async function csrf(): Promise<string> {
    const response = await call("csrf");
    return String(response.body?.csrfToken);
  }

  return {
    /** Signs in; returns the error next-auth reports, or null. */
    async signIn(email: string, password: string, code?: string): Promise<string | null> {
      const body: Record<string, string> = { csrfToken: await csrf(), email, password, json: "true" };
      if (code) body.code = code;
      const response = await call("callback", { method: "POST", body, providerId: "credentials" });
      const redirect = response.redirect ?? "";
      return new URL(redirect, publicUrl()).searchParams.get("error");
    },
    async session(): Promise<{ user?: { id: string; email?: string | null } } | null> {
      const response = await call("session");
      const body = response.body as { user?: { id: string } } | undefined;
      return body?.user ? body : null;
    },
    async signOut(): Promise<void> {
      await call("signout", { method: "POST", body: { csrfToken: await csrf() } });
    },
    /** The session cookie as it is now (to copy it, as a thief would). */
    sessionCookie(): string | undefined {
      return jar[sessionCookieName()];
    },
    /** Replaces the jar's session cookie (a replayed or stolen cookie). */
    useSessionCookie(value: string): void {
      jar = { ...jar, [sessionCookieName()]: value };
    },
  };
}
