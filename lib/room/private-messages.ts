// Messages only two people see: the counselor coaching one member, and a
// member asking the counselor for a break. Others see only that the sequence
// moved on (see message-view.ts).
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { CoachInput, SessionOnlyInput } from "./protocol";
import { requireRoomAccess, requireRoomCounselor, firstName } from "./room-access";
import { appendMessage, assertRoomOpen, lockRoom, messageSelect, type StoredMessage } from "./room-store";

export async function coachMember(options: { actor: unknown; input: unknown }): Promise<{ message: StoredMessage; duplicate: boolean }> {
  const parsed = CoachInput.safeParse(options.input);
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "That message was not understood.");
  const input = parsed.data;
  const access = await requireRoomCounselor(options.actor, input.sessionId);
  if (!access.memberIds.includes(input.userId)) throw new AppError("INVALID", "That person is not in this family.");
  return prisma.$transaction(async (tx) => {
    const room = await lockRoom(tx, access.sessionId);
    const existing = await tx.roomMessage.findUnique({ where: { sessionId_senderId_clientId: { sessionId: access.sessionId, senderId: access.actor.id, clientId: input.clientId } }, select: messageSelect });
    if (existing) return { message: existing, duplicate: true };
    assertRoomOpen(room);
    const message = await appendMessage(tx, { sessionId: access.sessionId, kind: "COACHING", text: input.text, senderId: access.actor.id, clientId: input.clientId, recipientId: input.userId });
    return { message, duplicate: false };
  });
}

export async function requestBreak(options: { actor: unknown; input: unknown }): Promise<{ event: StoredMessage; counselorId: string }> {
  const parsed = SessionOnlyInput.safeParse(options.input);
  if (!parsed.success) throw new AppError("INVALID", "That request was not understood.");
  const access = await requireRoomAccess(options.actor, parsed.data.sessionId);
  if (access.isCounselor) throw new AppError("INVALID", "Call a cool-down instead.");
  return prisma.$transaction(async (tx) => {
    assertRoomOpen(await lockRoom(tx, access.sessionId));
    const event = await appendMessage(tx, {
      sessionId: access.sessionId,
      kind: "EVENT",
      text: `${firstName(access.people, access.actor.id)} asked for a break.`,
      senderId: access.actor.id,
      recipientId: access.counselorId,
      data: { type: "BREAK_REQUEST", userId: access.actor.id },
    });
    return { event, counselorId: access.counselorId };
  });
}
