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
import { forgetRoomSnapshot, roomSnapshot } from "./room-snapshot";
import { requireActor } from "@/lib/auth/actor";
import { randomUUID } from "node:crypto";

export const MESSAGE_MAX = 2000;
/** Speaker–listener asks the speaker for short chunks the listener can reflect back. */
export const SPEAKER_CHUNK_MAX = 400;

export const SendMessageInput = z.object({
  sessionId: IdSchema,
  clientId: z.uuid("clientId must be a UUID."),
  text: z.string().trim().min(1, "Write something first.").max(MESSAGE_MAX, `Keep a message under ${MESSAGE_MAX} characters.`),
  kind: z.enum(["MESSAGE", "PARAPHRASE"]).default("MESSAGE"),
});

export type SendResult = { message: StoredMessage; state: FloorState | null; duplicate: boolean; counselorId: string };

type SendInput = z.output<typeof SendMessageInput>;

/**
 * The common case in one statement: the sender is (still) in the family, the
 * room is open, its state is the version the floor check saw, and this
 * clientId is new; then take the next seq and insert. Any "no" returns null
 * and the careful path below decides what to say.
 */
async function sendFast(input: SendInput, actor: { id: string }, now: Date): Promise<SendResult | null> {
  const snapshot = await roomSnapshot(input.sessionId, now.getTime());
  if (!snapshot || snapshot.ended || !snapshot.people.some((p) => p.userId === actor.id)) return null;
  const sender = { userId: actor.id, isCounselor: snapshot.counselorId === actor.id };
  if (!checkSend(snapshot.state, sender, input.kind, now).ok) return null;
  if (afterMessage(snapshot.state, sender, input.kind, 0) !== snapshot.state) return null; // changes the state: careful path
  const rows = await prisma.$queryRaw<StoredMessage[]>`
    WITH allowed AS (
      SELECT 1 FROM "Session" s JOIN "Family" f ON f."id" = s."familyId"
      WHERE s."id" = ${input.sessionId}
        AND (f."counselorId" = ${actor.id} OR EXISTS (SELECT 1 FROM "FamilyMember" m WHERE m."familyId" = f."id" AND m."userId" = ${actor.id}))
    ), room AS (
      UPDATE "RoomState" r SET "lastSeq" = r."lastSeq" + 1, "updatedAt" = now()
      WHERE r."sessionId" = ${input.sessionId} AND r."endedAt" IS NULL AND r."version" = ${snapshot.version}
        AND EXISTS (SELECT 1 FROM allowed)
        AND NOT EXISTS (SELECT 1 FROM "RoomMessage" x WHERE x."sessionId" = ${input.sessionId} AND x."senderId" = ${actor.id} AND x."clientId" = ${input.clientId})
      RETURNING r."lastSeq"
    )
    INSERT INTO "RoomMessage" ("id", "sessionId", "seq", "kind", "senderId", "clientId", "text", "createdAt")
    SELECT ${randomUUID()}, ${input.sessionId}, room."lastSeq", ${input.kind}::"RoomMessageKind", ${actor.id}, ${input.clientId}, ${input.text}, now() FROM room
    RETURNING "id", "sessionId", "seq", "kind"::text AS "kind", "senderId", "clientId", "text", "recipientId", "data", "createdAt"`;
  return rows[0] ? { message: rows[0], state: null, duplicate: false, counselorId: snapshot.counselorId } : null;
}

/** A raw statement that hit a unique index (here: a racing retry of the same clientId). */
function isUniqueViolation(error: unknown): boolean {
  const meta = (error as { code?: string; meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } }) ?? {};
  return meta.code === "P2010" && meta.meta?.driverAdapterError?.cause?.originalCode === "23505";
}

export async function sendMessage(options: { actor: unknown; input: unknown; zone?: string; now?: Date }): Promise<SendResult> {
  const parsed = SendMessageInput.safeParse(options.input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    throw new AppError("INVALID", Object.values(fieldErrors)[0]?.[0] ?? "That message was not understood.", { fieldErrors });
  }
  const input = parsed.data;
  const actor = requireActor(options.actor);
  const fast = await sendFast(input, actor, options.now ?? new Date()).catch((error: unknown) => {
    // The careful path then returns the message the racing retry stored.
    if (isUniqueViolation(error)) return null;
    throw error;
  });
  if (fast) return fast;
  forgetRoomSnapshot(input.sessionId);
  const access = await requireRoomAccess(actor, input.sessionId);
  const sender = { userId: access.actor.id, isCounselor: access.isCounselor };
  const now = options.now ?? new Date();

  return prisma.$transaction(async (tx) => {
    const room = await lockRoom(tx, access.sessionId);
    // Checked under the lock, so a retry racing the original still finds it.
    const existing = await tx.roomMessage.findUnique({
      where: { sessionId_senderId_clientId: { sessionId: access.sessionId, senderId: sender.userId, clientId: input.clientId } },
      select: messageSelect,
    });
    if (existing) return { message: existing, state: null, duplicate: true, counselorId: access.counselorId };
    assertRoomOpen(room);
    const check = checkSend(room.state, sender, input.kind, now);
    if (!check.ok) throw new AppError("CONFLICT", describeRefusal(check.refusal, access.people, options.zone), { reason: check.refusal.code });
    if (room.state.mode === "SPEAKER_LISTENER" && sender.userId === room.state.speaker && input.text.length > SPEAKER_CHUNK_MAX) {
      throw new AppError("INVALID", `As the speaker, keep each message short (under ${SPEAKER_CHUNK_MAX} characters) so it can be reflected back.`, { reason: "SPEAKER_CHUNK_TOO_LONG" });
    }
    const message = await appendMessage(tx, { sessionId: access.sessionId, kind: input.kind, text: input.text, senderId: sender.userId, clientId: input.clientId });
    const next = afterMessage(room.state, sender, input.kind, message.seq);
    if (next !== room.state) await saveState(tx, access.sessionId, next);
    if (next !== room.state) forgetRoomSnapshot(access.sessionId);
    return { message, state: next !== room.state ? next : null, duplicate: false, counselorId: access.counselorId };
  });
}
