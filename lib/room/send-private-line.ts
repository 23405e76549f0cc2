// A member writes to the counselor alone ("I need a break", "I can't say this
// in front of Mom"). Stored in the room's sequence as a PRIVATE message whose
// recipient is the counselor, so it is part of the record and keeps its place
// in the order; every other member gets only a HIDDEN stub (audience.ts). It
// is not held to the calm rules or the floor: a muted or cooling-down member
// must still be able to reach the counselor. But it is read for self-harm: the
// safety path holds on every channel (the sender sees care and crisis lines, the
// counselor an urgent alert), and this channel is where a teen is likeliest to say it.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { PrivateLineInput } from "./protocol";
import { requireRoomAccess } from "./room-access";
import { appendMessage, assertRoomOpen, lockRoom, messageSelect, type StoredMessage } from "./room-store";
import { evaluateMessage } from "@/lib/moderation/evaluate-message";
import { CARING_MESSAGE, crisisResourcesOf } from "./crisis-resources";
import { moderationRecordOf } from "./decide-send";
import type { SafetyAlert } from "./views";

export type PrivateLineSafety = { message: string; resources: string; alert: SafetyAlert };

export const BREAK_TEXT = "I need a break.";

export async function sendPrivateLine(options: {
  actor: unknown;
  input: unknown;
}): Promise<{ message: StoredMessage; counselorId: string; duplicate: boolean; safety: PrivateLineSafety | null }> {
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
  // The room's rules do not apply here, only whether this is about self-harm (the engine's own reading).
  const evaluation = input.isBreak ? null : evaluateMessage(input.text);
  const selfHarm = evaluation?.findings.some((f) => f.category === "SELF_HARM") ?? false;
  return prisma.$transaction(async (tx) => {
    const room = await lockRoom(tx, access.sessionId);
    // The same clientId sent again (a retry after a dropped connection) is the same message.
    const existing = await tx.roomMessage.findUnique({
      where: { sessionId_senderId_clientId: { sessionId: access.sessionId, senderId, clientId: input.clientId } },
      select: messageSelect,
    });
    const safetyFor = async (message: StoredMessage): Promise<PrivateLineSafety | null> => {
      if (!selfHarm) return null;
      const counselor = await tx.user.findUnique({
        where: { id: access.counselorId },
        select: { crisisResources: true },
      });
      return {
        message: CARING_MESSAGE,
        resources: crisisResourcesOf(counselor?.crisisResources),
        alert: { userId: senderId, heldId: message.id, text: message.text },
      };
    };
    // A resend answers as the first send did, crisis lines included.
    if (existing)
      return { message: existing, counselorId: access.counselorId, duplicate: true, safety: await safetyFor(existing) };
    assertRoomOpen(room);
    const message = await appendMessage(tx, {
      sessionId: access.sessionId,
      kind: "PRIVATE",
      text: input.text,
      senderId,
      clientId: input.clientId,
      recipientId: access.counselorId,
      ...(input.isBreak ? { data: { type: "BREAK_REQUEST", userId: senderId } } : {}),
      // Kept with the message for the record: what was found, and that it took the safety path.
      ...(selfHarm && evaluation ? { moderation: moderationRecordOf(evaluation, { safety: true }) ?? undefined } : {}),
    });
    return { message, counselorId: access.counselorId, duplicate: false, safety: await safetyFor(message) };
  });
}
