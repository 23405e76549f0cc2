// The counselor archives one session (say, a duplicate): it leaves every list
// and becomes read-only, and its transcript and note stay in the record.
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { requireSessionCounselor } from "./session-access";

export async function archiveSession(options: {
  actor: unknown;
  sessionId: unknown;
  ip?: string | null;
  now?: Date;
}): Promise<void> {
  const { actor, session } = await requireSessionCounselor(options.actor, options.sessionId);
  if (session.archivedAt) return;
  if (session.status === "LIVE") throw new AppError("CONFLICT", "This session is live. End it before archiving it.");
  await prisma.$transaction(async (tx) => {
    await tx.session.update({ where: { id: session.id }, data: { archivedAt: options.now ?? new Date() } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "session.archive",
      targetType: "Session",
      targetId: session.id,
      familyId: session.familyId,
      ip: options.ip,
    });
  });
}
