// The counselor closes a case: the family is archived, never deleted. It leaves
// every list and becomes read-only; its sessions, notes and transcripts stay,
// and the database refuses to delete a family that has sessions.
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { requireFamilyCounselor } from "./family-access";

export async function archiveFamily(options: {
  actor: unknown;
  familyId: unknown;
  ip?: string | null;
  now?: Date;
}): Promise<void> {
  const access = await requireFamilyCounselor(options.actor, options.familyId);
  if (access.archived) return;
  await prisma.$transaction(async (tx) => {
    const live = await tx.session.count({ where: { familyId: access.familyId, status: "LIVE" } });
    if (live) throw new AppError("CONFLICT", "A session of this family is live. End it before archiving the family.");
    await tx.family.update({ where: { id: access.familyId }, data: { archivedAt: options.now ?? new Date() } });
    await recordAudit(tx, {
      actorId: access.actor.id,
      action: "family.archive",
      targetType: "Family",
      targetId: access.familyId,
      familyId: access.familyId,
      ip: options.ip,
    });
  });
}
