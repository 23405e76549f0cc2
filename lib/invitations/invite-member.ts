// A counselor invites a parent or teen into one of their families by email.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { env } from "@/lib/config/env";
import { AppError } from "@/lib/errors";
import { newToken } from "@/lib/auth/secret-token";
import { requireWritableFamilyCounselor } from "@/lib/families/family-access";
import { sendEmail } from "@/lib/mail/send-email";
import { EmailSchema, InviteeNameSchema } from "@/lib/validation/fields";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { invitationEmail } from "./invitation-email";
import { recordInvitationSend } from "./record-invitation-send";

export const InviteMemberInput = z.object({
  name: InviteeNameSchema,
  email: EmailSchema,
  role: z.enum(["PARENT", "TEEN"], { error: "Choose parent or teen." }),
});

export function invitationExpiry(now: Date): Date {
  return new Date(now.getTime() + env().INVITATION_TTL_DAYS * 24 * 60 * 60_000);
}

export async function inviteMember(options: {
  actor: unknown;
  familyId: unknown;
  input: unknown;
  now?: Date;
}): Promise<{ invitationId: string }> {
  // An archived family is read-only: nobody new joins it.
  const access = await requireWritableFamilyCounselor(options.actor, options.familyId);
  const parsed = InviteMemberInput.safeParse(options.input);
  if (!parsed.success)
    throw new AppError("INVALID", "Please correct the highlighted fields.", {
      fieldErrors: fieldErrorsOf(parsed.error),
    });
  const { name, email, role } = parsed.data;
  const now = options.now ?? new Date();

  const already = await prisma.familyMember.findFirst({
    where: { familyId: access.familyId, user: { email } },
    select: { id: true },
  });
  if (already) {
    const message = "This person is already a member of this family.";
    throw new AppError("CONFLICT", message, { fieldErrors: { email: [message] } });
  }
  const { token, hash } = newToken();
  const expiresAt = invitationExpiry(now);
  const { invitation, family, counselor } = await prisma.$transaction(async (tx) => {
    await recordInvitationSend(tx, { counselorId: access.actor.id, email, now });
    // A new invitation for the same address replaces any earlier pending one.
    await tx.invitation.updateMany({
      where: { familyId: access.familyId, email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const invitation = await tx.invitation.create({
      data: {
        familyId: access.familyId,
        email,
        name,
        role,
        tokenHash: hash,
        expiresAt,
        invitedById: access.actor.id,
        createdAt: now,
      },
      select: { id: true },
    });
    const family = await tx.family.findUniqueOrThrow({ where: { id: access.familyId }, select: { name: true } });
    const counselor = await tx.user.findUniqueOrThrow({ where: { id: access.actor.id }, select: { name: true } });
    await recordAudit(tx, {
      actorId: access.actor.id,
      action: "invitation.create",
      targetType: "Invitation",
      targetId: invitation.id,
      familyId: access.familyId,
    });
    return { invitation, family, counselor };
  });
  await sendEmail(
    invitationEmail({
      to: email,
      inviteeName: name,
      counselorName: counselor.name,
      familyName: family.name,
      role,
      token,
      expiresAt,
    }),
  );
  return { invitationId: invitation.id };
}
