import { prisma } from "@/lib/db/client";
import { requireActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { IdSchema } from "@/lib/validation/ids";

const NOT_FOUND = "We could not find that invitation.";

/** The invitation, if the actor is the counselor of its family; NOT_FOUND for anyone else. */
export async function requireInvitationOfCounselor(actorInput: unknown, invitationIdInput: unknown) {
  const actor = requireActor(actorInput);
  const id = IdSchema.safeParse(invitationIdInput);
  if (!id.success) throw new AppError("NOT_FOUND", NOT_FOUND);
  const invitation = await prisma.invitation.findFirst({ where: { id: id.data, family: { counselorId: actor.id } } });
  if (!invitation) throw new AppError("NOT_FOUND", NOT_FOUND);
  return invitation;
}
