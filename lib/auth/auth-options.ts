// next-auth configuration: email + password, JWT sessions that expire after
// SESSION_IDLE_MINUTES without activity (docs/decisions/003-sessions.md).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env, publicUrl } from "@/lib/config/env";
import { isAppError } from "@/lib/errors";
import { verifyCredentials } from "./verify-credentials";
import { emitDomainEvent } from "@/lib/events/domain-events";

export function sessionCookieName(): string {
  return publicUrl().startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export function idleSeconds(): number {
  return Math.round(env().SESSION_IDLE_MINUTES * 60);
}

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    // Each call to /api/auth/session re-issues the cookie, so maxAge acts as an
    // inactivity timeout; components/idle-sign-out.tsx calls it on activity.
    session: { strategy: "jwt", maxAge: idleSeconds() },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials) {
          try {
            const user = await verifyCredentials({ email: credentials?.email, password: credentials?.password });
            return { id: user.id, email: user.email, name: user.name, role: user.role };
          } catch (error) {
            if (isAppError(error) && error.code === "INVALID") return null;
            // next-auth hands this message to the sign-in page as `error`.
            if (isAppError(error)) throw new Error(error.message);
            console.error("Sign-in failed unexpectedly", error);
            throw new Error("We could not sign you in just now. Please try again in a moment.");
          }
        },
      }),
    ],
    events: {
      // Signing out ends that person's live-room connections at once.
      signOut({ token }) {
        if (token?.sub) emitDomainEvent("user.signed-out", { userId: token.sub });
      },
    },
    callbacks: {
      jwt({ token, user }) {
        if (user) token.role = user.role;
        return token;
      },
      session({ session, token }) {
        if (token.sub && token.role) session.user = { ...session.user, id: token.sub, role: token.role };
        return session;
      },
    },
  };
}
