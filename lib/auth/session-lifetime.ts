// The pure rule for whether a signed-in session still counts: not revoked,
// used within the idle window, and younger than the absolute lifetime
// (docs/decisions/003-sessions.md).

export type SessionLifetimePolicy = { idleMs: number; absoluteMs: number };

export type SessionRecord = { createdAt: Date; lastSeenAt: Date; expiresAt: Date; revokedAt: Date | null };

export type SessionVerdict = "ACTIVE" | "REVOKED" | "IDLE" | "EXPIRED";

export function judgeSession(session: SessionRecord | null, now: Date, policy: SessionLifetimePolicy): SessionVerdict {
  if (!session || session.revokedAt) return "REVOKED";
  if (session.expiresAt <= now || now.getTime() - session.createdAt.getTime() >= policy.absoluteMs) return "EXPIRED";
  if (now.getTime() - session.lastSeenAt.getTime() >= policy.idleMs) return "IDLE";
  return "ACTIVE";
}

/** Writing lastSeenAt on every request would cost a write per page; this often is precise enough. */
export function touchDue(lastSeenAt: Date, now: Date, policy: SessionLifetimePolicy): boolean {
  return now.getTime() - lastSeenAt.getTime() >= Math.min(60_000, policy.idleMs / 10);
}
