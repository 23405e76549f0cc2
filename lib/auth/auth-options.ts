// next-auth configuration: email + password, a JWT that carries the id of a
// server-side session (lib/auth/auth-sessions.ts) checked on every request,
// with idle and absolute lifetimes (docs/decisions/003-sessions.md).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env, publicUrl } from "@/lib/config/env";
import { isAppError } from "@/lib/errors";
import { verifyCredentials } from "./verify-credentials";
import { endAuthSession, resumeAuthSession, startAuthSession } from "./auth-sessions";
import { clientAddressOf } from "./client-address";

export function sessionCookieName(): string {
  return publicUrl().startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export function idleSeconds(): number {
  return Math.round(env().SESSION_IDLE_MINUTES * 60);
}

/** Thrown from the jwt callback: next-auth then clears the cookie and answers "no session". */
class SessionEnded extends Error {
  constructor() {
    super("This session has ended.");
    this.name = "SessionEnded";
  }
}

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    // The cookie's own expiry follows the idle window; the session row decides.
    session: { strategy: "jwt", maxAge: idleSeconds() },
    pages: { signIn: "/login", error: "/login" },
    logger: {
      error(code, metadata) {
        // An ended session is an answer, not a fault.
        const cause = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
        if (code === "JWT_SESSION_ERROR" && cause instanceof Error && cause.name === "SessionEnded") return;
        console.error(`[next-auth] ${code}`, metadata);
      },
      warn() {},
      debug() {},
    },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
          code: { label: "Authentication code", type: "text" },
        },
        async authorize(credentials, request) {
          // Sign-in success and failure are decided here (and in verifyCredentials):
          // the one place to record them in the audit log.
          try {
            const user = await verifyCredentials({
              email: credentials?.email,
              password: credentials?.password,
              code: credentials?.code,
              clientAddress: clientAddressOf(request?.headers),
            });
            return {
              id: user.id,
              email: user.email,
              name: user.name,
              role: user.role,
              clientAddress: clientAddressOf(request?.headers),
            };
          } catch (error) {
            if (isAppError(error) && error.code === "INVALID" && !error.reason) return null;
            // next-auth hands this message to the sign-in page as `error`.
            if (isAppError(error)) throw new Error(error.reason ? `${error.reason}:${error.message}` : error.message);
            console.error("Sign-in failed unexpectedly", error);
            throw new Error("We could not sign you in just now. Please try again in a moment.");
          }
        },
      }),
    ],
    events: {
      // Sign-out ends the server-side session: the same cookie, replayed, is refused,
      // and the sockets opened with it are disconnected (lib/realtime listens).
      async signOut({ token }) {
        await endAuthSession(token?.sid);
      },
    },
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.role = user.role;
          token.sid = await startAuthSession(user.id, new Date(), user.clientAddress ?? null);
          return token;
        }
        if (!(await resumeAuthSession(token.sid, token.sub))) throw new SessionEnded();
        return token;
      },
      session({ session, token }) {
        if (token.sub && token.role) session.user = { ...session.user, id: token.sub, role: token.role };
        return session;
      },
    },
  };
}
