// Who opened this socket: the next-auth session cookie of the handshake,
// decrypted with the app's secret, for a user who still exists.
import { parse as parseCookie } from "cookie";
import { decode } from "next-auth/jwt";
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/config/env";
import { sessionCookieName } from "@/lib/auth/auth-options";
import type { SocketData } from "./events";

export async function authenticateHandshake(cookieHeader: string | undefined): Promise<SocketData["user"] | null> {
  if (!cookieHeader) return null;
  const token = parseCookie(cookieHeader)[sessionCookieName()];
  const secret = env().NEXTAUTH_SECRET;
  if (!token || !secret) return null;
  let userId: string | undefined;
  try {
    // decode() rejects an expired token (the idle timeout) and a forged one.
    userId = (await decode({ token, secret }))?.sub;
  } catch {
    return null;
  }
  if (!userId) return null;
  return prisma.user.findUnique({ where: { id: userId }, select: { id: true, role: true, name: true, timeZone: true } });
}
