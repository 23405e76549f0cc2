// Server-side sign-in sessions. The session JWT carries a random secret; its
// SHA-256 is an AuthSession row checked on every request and socket, so a
// copied cookie stops working at sign-out and at the absolute lifetime.
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/config/env";
import { hashToken } from "./secret-token";
import { emitDomainEvent } from "@/lib/events/domain-events";
import { recordAudit } from "@/lib/audit/record-audit";
import { judgeSession, touchDue, type SessionLifetimePolicy, type SessionVerdict } from "./session-lifetime";

export function sessionPolicy(): SessionLifetimePolicy {
  const settings = env();
  return { idleMs: settings.SESSION_IDLE_MINUTES * 60_000, absoluteMs: settings.SESSION_MAX_HOURS * 3_600_000 };
}

/** Starts a session for a person who has just proved who they are; returns the secret for the JWT. The sign-in is audited with it. */
export async function startAuthSession(userId: string, now = new Date(), ip: string | null = null): Promise<string> {
  const secret = randomBytes(32).toString("base64url");
  await prisma.$transaction(async (tx) => {
    await tx.authSession.create({
      data: {
        id: hashToken(secret),
        userId,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + sessionPolicy().absoluteMs),
      },
    });
    await recordAudit(tx, { actorId: userId, action: "auth.sign_in", targetType: "User", targetId: userId, ip });
  });
  return secret;
}

export type ActiveSession = { sessionId: string; userId: string };

/**
 * The session behind a JWT's secret if it still counts, recording the activity.
 * A token without a secret (issued before sessions were server-side) never counts.
 */
export async function resumeAuthSession(
  secret: unknown,
  userId: unknown,
  now = new Date(),
): Promise<ActiveSession | null> {
  if (typeof secret !== "string" || !secret || typeof userId !== "string" || !userId) return null;
  const id = hashToken(secret);
  const row = await prisma.authSession.findUnique({ where: { id } });
  if (!row || row.userId !== userId) return null;
  const policy = sessionPolicy();
  if (judgeSession(row, now, policy) !== "ACTIVE") return null;
  if (touchDue(row.lastSeenAt, now, policy))
    await prisma.authSession.updateMany({ where: { id, revokedAt: null }, data: { lastSeenAt: now } });
  return { sessionId: id, userId };
}

/** Ends the session of one sign-in (sign-out), wherever its cookie is used. */
export async function endAuthSession(secret: unknown, now = new Date()): Promise<void> {
  if (typeof secret !== "string" || !secret) return;
  const id = hashToken(secret);
  const ended = await prisma.$transaction(async (tx) => {
    const rows = await tx.authSession.updateManyAndReturn({
      where: { id, revokedAt: null },
      data: { revokedAt: now },
      select: { userId: true },
    });
    for (const row of rows)
      await recordAudit(tx, { actorId: row.userId, action: "auth.sign_out", targetType: "User", targetId: row.userId });
    return rows.length;
  });
  if (ended) emitDomainEvent("sign-ins.ended", { sessionIds: [id] });
}

/** Ends every session of a person ("sign out of all devices", a password change or reset). */
export async function endAllAuthSessions(
  userId: string,
  now = new Date(),
  options: { except?: string } = {},
): Promise<number> {
  const ended = await prisma.authSession.updateManyAndReturn({
    where: { userId, revokedAt: null, ...(options.except ? { id: { not: options.except } } : {}) },
    data: { revokedAt: now },
    select: { id: true },
  });
  if (ended.length === 0) return 0;
  emitDomainEvent("sign-ins.ended", { sessionIds: ended.map((s) => s.id) });
  return ended.length;
}

/** Of these session ids, the ones that no longer count (for the periodic socket check). */
export async function endedAuthSessions(sessionIds: string[], now = new Date()): Promise<string[]> {
  if (sessionIds.length === 0) return [];
  const rows = await prisma.authSession.findMany({ where: { id: { in: sessionIds } } });
  const policy = sessionPolicy();
  const verdicts = new Map<string, SessionVerdict>(rows.map((row) => [row.id, judgeSession(row, now, policy)]));
  return sessionIds.filter((id) => (verdicts.get(id) ?? "REVOKED") !== "ACTIVE");
}

/** Old rows are of no use to anyone: removed by the maintenance job. */
export async function purgeAuthSessions(now = new Date()): Promise<number> {
  const { count } = await prisma.authSession.deleteMany({
    where: { OR: [{ expiresAt: { lt: now } }, { revokedAt: { lt: new Date(now.getTime() - 24 * 3_600_000) } }] },
  });
  return count;
}
