// A member writes to the counselor alone ("I need a break", "I can't say this
// in front of Mom"). Stored in the room's sequence as a PRIVATE message whose
// recipient is the counselor, so it is part of the record and keeps its place
// in the order; every other member gets only a HIDDEN stub (audience.ts). It
// is not held to the calm rules or the floor: a muted or cooling-down member
// must still be able to reach the counselor.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { PrivateLineInput } from "./protocol";
import { requireRoomAccess } from "./room-access";
import { appendMessage, assertRoomOpen, lockRoom, messageSelect, type StoredMessage } from "./room-store";

export const BREAK_TEXT = "I need a break.";

export async function sendPrivateLine(options: {
  actor: unknown;
  input: unknown;
}): Promise<{ message: StoredMessage; counselorId: string; duplicate: boolean }> {
  const parsed = PrivateLineInput.safeParse(options.input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    throw new AppError("INVALID", Object.values(fieldErrors)[0]?.[0] ?? "That message was not understood.", {
      fieldErrors,
    });
  }
  const input = parsed.data;
  const access = await requireRoomAccess(options.actor, input.sessionId);
  if (access.isCounselor)
    throw new AppError("INVALID", "This line is for family members to reach you; use private coaching instead.");
  const senderId = access.actor.id;
  return prisma.$transaction(async (tx) => {
    const room = await lockRoom(tx, access.sessionId);
    // The same clientId sent again (a retry after a dropped connection) is the same message.
    const existing = await tx.roomMessage.findUnique({
      where: { sessionId_senderId_clientId: { sessionId: access.sessionId, senderId, clientId: input.clientId } },
      select: messageSelect,
    });
    if (existing) return { message: existing, counselorId: access.counselorId, duplicate: true };
    assertRoomOpen(room);
    const message = await appendMessage(tx, {
      sessionId: access.sessionId,
      kind: "PRIVATE",
      text: input.text,
      senderId,
      clientId: input.clientId,
      recipientId: access.counselorId,
      ...(input.isBreak ? { data: { type: "BREAK_REQUEST", userId: senderId } } : {}),
    });
    return { message, counselorId: access.counselorId, duplicate: false };
  });
}
