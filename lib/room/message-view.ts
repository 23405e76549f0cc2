// What one person is shown of a stored message. Private messages (coaching, a
// break request) keep their place in the sequence for everyone else as a bare
// stub, so every client sees a contiguous sequence and can trust it has no gaps.
import type { StoredMessage } from "./room-store";

export type MessageView =
  | { seq: number; kind: "HIDDEN" }
  | {
      seq: number;
      id: string;
      kind: "MESSAGE" | "PARAPHRASE" | "COACHING" | "EVENT";
      senderId: string | null;
      clientId: string | null;
      text: string;
      recipientId: string | null;
      data: unknown;
      /** Counselor only: what the calm-communication rules found. */
      moderation?: unknown;
      createdAt: string;
    };

export function canSee(message: Pick<StoredMessage, "recipientId" | "senderId">, viewer: { userId: string; isCounselor: boolean }): boolean {
  return message.recipientId === null || viewer.isCounselor || message.recipientId === viewer.userId || message.senderId === viewer.userId;
}

export function toMessageView(message: StoredMessage, viewer: { userId: string; isCounselor: boolean }): MessageView {
  if (!canSee(message, viewer)) return { seq: message.seq, kind: "HIDDEN" };
  return {
    seq: message.seq,
    id: message.id,
    kind: message.kind,
    senderId: message.senderId,
    clientId: message.clientId,
    text: message.text,
    recipientId: message.recipientId,
    data: message.data,
    ...(viewer.isCounselor && message.moderation ? { moderation: message.moderation } : {}),
    createdAt: message.createdAt.toISOString(),
  };
}
