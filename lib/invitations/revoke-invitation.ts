import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { requireActor } from "@/lib/auth/actor";
import { requireInvitationOfCounselor } from "./invitation-access";

export async function revokeInvitation(options: { actor: unknown; invitationId: unknown; now?: Date }): Promise<void> {
  const invitation = await requireInvitationOfCounselor(options.actor, options.invitationId);
  if (invitation.acceptedAt)
    throw new AppError(
      "CONFLICT",
      "This invitation has already been accepted. Remove the member from the family instead.",
    );
  if (invitation.revokedAt) return;
  await prisma.$transaction(async (tx) => {
    await tx.invitation.update({ where: { id: invitation.id }, data: { revokedAt: options.now ?? new Date() } });
    await recordAudit(tx, {
      actorId: requireActor(options.actor).id,
      action: "invitation.revoke",
      targetType: "Invitation",
      targetId: invitation.id,
      familyId: invitation.familyId,
    });
  });
}
