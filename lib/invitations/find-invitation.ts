// What the invitation page shows to whoever holds the link. The link is the
// only credential: without a matching token nothing is revealed.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { hashToken } from "@/lib/auth/secret-token";
import type { FamilyRole } from "@/lib/db/generated/enums";
import { invitationState, UNUSABLE_LINK_MESSAGE } from "./invitation-state";

export const TokenSchema = z
  .string()
  .trim()
  .min(20)
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/);

export type InvitationView =
  | { usable: false; message: string }
  | {
      usable: true;
      email: string;
      name: string;
      role: FamilyRole;
      familyName: string;
      counselorName: string;
      expiresAt: Date;
      /** Whether an account already exists for the invited email (then the person signs in to accept). */
      hasAccount: boolean;
    };

export async function findInvitation(options: { token: unknown; now?: Date }): Promise<InvitationView> {
  const token = TokenSchema.safeParse(options.token);
  if (!token.success) return { usable: false, message: UNUSABLE_LINK_MESSAGE.unknown };
  const invitation = await prisma.invitation.findUnique({
    where: { tokenHash: hashToken(token.data) },
    include: { family: { select: { name: true, counselor: { select: { name: true } } } } },
  });
  if (!invitation) return { usable: false, message: UNUSABLE_LINK_MESSAGE.unknown };
  const state = invitationState(invitation, options.now ?? new Date());
  if (state !== "pending") return { usable: false, message: UNUSABLE_LINK_MESSAGE[state] };
  const account = await prisma.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return {
    usable: true,
    email: invitation.email,
    name: invitation.name,
    role: invitation.role,
    familyName: invitation.family.name,
    counselorName: invitation.family.counselor.name,
    expiresAt: invitation.expiresAt,
    hasAccount: account !== null,
  };
}
