// The sender takes back their own message while it waits for the counselor.
// It is never deleted: the held row stays in the counselor's record, marked
// WITHDRAWN, and the moderation log says so. A message on the safety path
// (self-harm) cannot be withdrawn: the counselor must still check in.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readModeration } from "./json-columns";
import { WithdrawHeldInput } from "./protocol";
import { requireRoomAccess } from "./room-access";
import { assertRoomOpen, lockRoom } from "./room-store";

export type Withdrawal = { sessionId: string; heldId: string; senderId: string; counselorId: string };

export async function withdrawHeldMessage(options: {
  actor: unknown;
  input: unknown;
  now?: Date;
}): Promise<Withdrawal> {
  const parsed = WithdrawHeldInput.safeParse(options.input);
  if (!parsed.success) throw new AppError("INVALID", "That request was not understood.");
  const access = await requireRoomAccess(options.actor, parsed.data.sessionId);
  const now = options.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    assertRoomOpen(await lockRoom(tx, access.sessionId));
    // Only the sender's own message: anyone else (the counselor included) finds nothing.
    const held = await tx.heldMessage.findFirst({
      where: { id: parsed.data.heldId, sessionId: access.sessionId, senderId: access.actor.id },
    });
    if (!held) throw new AppError("NOT_FOUND", "That message is no longer waiting.");
    if (held.status !== "PENDING")
      throw new AppError("CONFLICT", "Your counselor has already answered this message.", {
        reason: "ALREADY_DECIDED",
      });
    if (readModeration(held.findings)?.safety)
      throw new AppError("CONFLICT", "This message stays with your counselor so they can check in with you.", {
        reason: "SAFETY_KEPT",
      });
    await tx.heldMessage.update({ where: { id: held.id }, data: { status: "WITHDRAWN", decidedAt: now } });
    await tx.moderationLog.create({
      data: { sessionId: access.sessionId, userId: held.senderId, outcome: "WITHDRAWN", categories: [] },
    });
    return { sessionId: access.sessionId, heldId: held.id, senderId: held.senderId, counselorId: access.counselorId };
  });
}
