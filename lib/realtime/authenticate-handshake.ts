// Who opened this socket: the next-auth session cookie of the handshake,
// decrypted with the app's secret, naming a server-side session that still
// counts, of a user who still exists.
import { parse as parseCookie } from "cookie";
import { decode } from "next-auth/jwt";
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/config/env";
import { sessionCookieName } from "@/lib/auth/auth-options";
import { resumeAuthSession } from "@/lib/auth/auth-sessions";
import type { SocketData } from "./events";

export async function authenticateHandshake(cookieHeader: string | undefined): Promise<SocketData | null> {
  if (!cookieHeader) return null;
  const token = parseCookie(cookieHeader)[sessionCookieName()];
  const secret = env().NEXTAUTH_SECRET;
  if (!token || !secret) return null;
  let claims: Awaited<ReturnType<typeof decode>>;
  try {
    // decode() rejects an expired cookie and a forged one; the session row decides the rest.
    claims = await decode({ token, secret });
  } catch {
    return null;
  }
  const session = await resumeAuthSession(claims?.sid, claims?.sub);
  if (!session) return null;
  const user = await prisma.user.findUnique({
    where: { id: session.userId },
    select: { id: true, role: true, name: true, timeZone: true },
  });
  return user ? { user, authSessionId: session.sessionId } : null;
}
