// A member or the counselor says something in the room. Validated, checked
// against the floor, stored with the next sequence number in one transaction;
// the same clientId sent again returns the stored message and writes nothing.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { IdSchema } from "@/lib/validation/ids";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { afterMessage, checkSend, type FloorState } from "./floor";
import { describeRefusal } from "./describe";
import { requireRoomAccess } from "./room-access";
import { appendMessage, assertRoomOpen, lockRoom, messageSelect, saveState, type StoredMessage } from "./room-store";

export const MESSAGE_MAX = 2000;
/** Speaker–listener asks the speaker for short chunks the listener can reflect back. */
export const SPEAKER_CHUNK_MAX = 400;

export const SendMessageInput = z.object({
  sessionId: IdSchema,
  clientId: z.uuid("clientId must be a UUID."),
  text: z.string().trim().min(1, "Write something first.").max(MESSAGE_MAX, `Keep a message under ${MESSAGE_MAX} characters.`),
  kind: z.enum(["MESSAGE", "PARAPHRASE"]).default("MESSAGE"),
});

export type SendResult = { message: StoredMessage; state: FloorState | null; duplicate: boolean };

export async function sendMessage(options: { actor: unknown; input: unknown; zone?: string; now?: Date }): Promise<SendResult> {
  const parsed = SendMessageInput.safeParse(options.input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    throw new AppError("INVALID", Object.values(fieldErrors)[0]?.[0] ?? "That message was not understood.", { fieldErrors });
  }
  const input = parsed.data;
  const access = await requireRoomAccess(options.actor, input.sessionId);
  const sender = { userId: access.actor.id, isCounselor: access.isCounselor };
  const now = options.now ?? new Date();

  return prisma.$transaction(async (tx) => {
    const room = await lockRoom(tx, access.sessionId);
    // Checked under the lock, so a retry racing the original still finds it.
    const existing = await tx.roomMessage.findUnique({
      where: { sessionId_senderId_clientId: { sessionId: access.sessionId, senderId: sender.userId, clientId: input.clientId } },
      select: messageSelect,
    });
    if (existing) return { message: existing, state: null, duplicate: true };
    assertRoomOpen(room);
    const check = checkSend(room.state, sender, input.kind, now);
    if (!check.ok) throw new AppError("CONFLICT", describeRefusal(check.refusal, access.people, options.zone), { reason: check.refusal.code });
    if (room.state.mode === "SPEAKER_LISTENER" && sender.userId === room.state.speaker && input.text.length > SPEAKER_CHUNK_MAX) {
      throw new AppError("INVALID", `As the speaker, keep each message short (under ${SPEAKER_CHUNK_MAX} characters) so it can be reflected back.`, { reason: "SPEAKER_CHUNK_TOO_LONG" });
    }
    const message = await appendMessage(tx, { sessionId: access.sessionId, kind: input.kind, text: input.text, senderId: sender.userId, clientId: input.clientId });
    const next = afterMessage(room.state, sender, input.kind, message.seq);
    if (next !== room.state) await saveState(tx, access.sessionId, next);
    return { message, state: next !== room.state ? next : null, duplicate: false };
  });
}
