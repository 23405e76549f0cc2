// Messages only two people see: the counselor coaching one member, and a
// member asking the counselor for a break (a line on the private line). Others see only that the sequence
// moved on (see message-view.ts).
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { CoachInput, SessionOnlyInput } from "./protocol";
import { firstName, requireRoomCounselor } from "./room-access";
import { recordAudit } from "@/lib/audit/record-audit";
import { BREAK_TEXT, sendPrivateLine } from "./send-private-line";
import { appendMessage, assertRoomOpen, lockRoom, messageSelect, type StoredMessage } from "./room-store";

export async function coachMember(options: {
  actor: unknown;
  input: unknown;
  ip?: string | null;
}): Promise<{ message: StoredMessage; duplicate: boolean }> {
  const parsed = CoachInput.safeParse(options.input);
  if (!parsed.success)
    throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "That message was not understood.");
  const input = parsed.data;
  const access = await requireRoomCounselor(options.actor, input.sessionId);
  if (!access.memberIds.includes(input.userId)) throw new AppError("INVALID", "That person is not in this family.");
  return prisma.$transaction(async (tx) => {
    const room = await lockRoom(tx, access.sessionId);
    const existing = await tx.roomMessage.findUnique({
      where: {
        sessionId_senderId_clientId: {
          sessionId: access.sessionId,
          senderId: access.actor.id,
          clientId: input.clientId,
        },
      },
      select: messageSelect,
    });
    if (existing) return { message: existing, duplicate: true };
    assertRoomOpen(room);
    const message = await appendMessage(tx, {
      sessionId: access.sessionId,
      kind: "COACHING",
      text: input.text,
      senderId: access.actor.id,
      clientId: input.clientId,
      recipientId: input.userId,
    });
    // Who was coached and when, never what was said (the words stay in the record, not the trail).
    await recordAudit(tx, {
      actorId: access.actor.id,
      action: "room.coach",
      targetType: "Session",
      targetId: access.sessionId,
      familyId: access.familyId,
      ip: options.ip,
      detail: { to: firstName(access.people, input.userId) },
    });
    return { message, duplicate: false };
  });
}

/** "I need a break" is a line on the member's private line to the counselor (send-private-line.ts). */
export async function requestBreak(options: {
  actor: unknown;
  input: unknown;
}): Promise<{ event: StoredMessage; counselorId: string }> {
  const parsed = SessionOnlyInput.safeParse(options.input);
  if (!parsed.success) throw new AppError("INVALID", "That request was not understood.");
  const { message, counselorId } = await sendPrivateLine({
    actor: options.actor,
    input: { sessionId: parsed.data.sessionId, clientId: randomUUID(), text: BREAK_TEXT, isBreak: true },
  });
  return { event: message, counselorId };
}
