// Reading and writing a room's state and messages inside a transaction. The
// RoomState row is locked first; the next sequence number is taken by
// incrementing its lastSeq, which rolls back with the transaction, so numbers
// are gap-free and committed in order.
import type { Prisma } from "@/lib/db/generated/client";
import type { RoomMessageKind } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { FloorStateSchema, type FloorState, type MessageKind } from "./floor";
import { parseRoomRules, type RoomRules } from "./room-rules";

export type LockedRoom = { state: FloorState; rules: RoomRules; lastSeq: number; ended: boolean };

export async function lockRoom(tx: Prisma.TransactionClient, sessionId: string): Promise<LockedRoom> {
  const [row] = await tx.$queryRaw<{ state: unknown; rules: unknown; lastSeq: number; endedAt: Date | null }[]>`
    SELECT "state", "rules", "lastSeq", "endedAt" FROM "RoomState" WHERE "sessionId" = ${sessionId} FOR UPDATE`;
  if (!row)
    throw new AppError("CONFLICT", "The room opens when your counselor starts the session.", {
      reason: "ROOM_NOT_OPEN",
    });
  return {
    state: FloorStateSchema.parse(row.state),
    rules: parseRoomRules(row.rules),
    lastSeq: row.lastSeq,
    ended: row.endedAt !== null,
  };
}

export function assertRoomOpen(room: LockedRoom): void {
  if (room.ended)
    throw new AppError("CONFLICT", "This session has ended. The transcript is read-only.", { reason: "ROOM_ENDED" });
}

/** Held messages are only ever members' messages or paraphrases. */
export function asSendKind(kind: RoomMessageKind): MessageKind {
  return kind === "PARAPHRASE" ? "PARAPHRASE" : "MESSAGE";
}

export async function saveState(tx: Prisma.TransactionClient, sessionId: string, state: FloorState): Promise<void> {
  await tx.roomState.update({ where: { sessionId }, data: { state, version: { increment: 1 } } });
}

export type NewMessage = {
  sessionId: string;
  kind: RoomMessageKind;
  text: string;
  senderId?: string | null;
  clientId?: string | null;
  recipientId?: string | null;
  data?: Prisma.InputJsonValue;
  moderation?: Prisma.InputJsonValue;
};

export const messageSelect = {
  id: true,
  sessionId: true,
  seq: true,
  kind: true,
  senderId: true,
  clientId: true,
  text: true,
  recipientId: true,
  data: true,
  moderation: true,
  createdAt: true,
} as const;
export type StoredMessage = Prisma.RoomMessageGetPayload<{ select: typeof messageSelect }>;

/** Appends a message with the next sequence number. The room must already be locked by this transaction. */
export async function appendMessage(tx: Prisma.TransactionClient, message: NewMessage): Promise<StoredMessage> {
  const [{ lastSeq }] = await tx.$queryRaw<{ lastSeq: number }[]>`
    UPDATE "RoomState" SET "lastSeq" = "lastSeq" + 1, "updatedAt" = now() WHERE "sessionId" = ${message.sessionId} RETURNING "lastSeq"`;
  return tx.roomMessage.create({ data: { ...message, seq: lastSeq }, select: messageSelect });
}
