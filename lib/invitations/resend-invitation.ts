// A new link for a pending (or expired) invitation; the old link stops working.
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { requireActor } from "@/lib/auth/actor";
import { newToken } from "@/lib/auth/secret-token";
import { sendEmail } from "@/lib/mail/send-email";
import { requireInvitationOfCounselor } from "./invitation-access";
import { invitationEmail } from "./invitation-email";
import { invitationExpiry } from "./invite-member";
import { recordInvitationSend } from "./record-invitation-send";

export async function resendInvitation(options: { actor: unknown; invitationId: unknown; now?: Date }): Promise<void> {
  const now = options.now ?? new Date();
  const invitation = await requireInvitationOfCounselor(options.actor, options.invitationId);
  if (invitation.acceptedAt) throw new AppError("CONFLICT", "This invitation has already been accepted.");
  if (invitation.revokedAt)
    throw new AppError("CONFLICT", "This invitation was revoked. Send a new invitation instead.");
  const { token, hash } = newToken();
  const expiresAt = invitationExpiry(now);
  const updated = await prisma.$transaction(async (tx) => {
    await recordAudit(tx, {
      actorId: requireActor(options.actor).id,
      action: "invitation.resend",
      targetType: "Invitation",
      targetId: invitation.id,
      familyId: invitation.familyId,
    });
    await recordInvitationSend(tx, { counselorId: requireActor(options.actor).id, email: invitation.email, now });
    return tx.invitation.update({
      where: { id: invitation.id },
      data: { tokenHash: hash, expiresAt },
      select: {
        email: true,
        name: true,
        role: true,
        family: { select: { name: true, counselor: { select: { name: true } } } },
      },
    });
  });
  await sendEmail(
    invitationEmail({
      to: updated.email,
      inviteeName: updated.name,
      counselorName: updated.family.counselor.name,
      familyName: updated.family.name,
      role: updated.role,
      token,
      expiresAt,
    }),
  );
}
