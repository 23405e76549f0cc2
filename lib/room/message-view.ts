// What one person is shown of a stored message. Private messages (coaching, a
// break request) keep their place in the sequence for everyone else as a bare
// stub, so every client sees a contiguous sequence and can trust it has no gaps.
import { readEventData, readModeration, type EventData, type ModerationRecord } from "./json-columns";
import type { StoredMessage } from "./room-store";

export type MessageView =
  | { seq: number; kind: "HIDDEN" }
  | {
      seq: number;
      id: string;
      kind: "MESSAGE" | "PARAPHRASE" | "COACHING" | "EVENT" | "PRIVATE";
      senderId: string | null;
      clientId: string | null;
      text: string;
      recipientId: string | null;
      data: EventData | null;
      /** Counselor only: what the calm-communication rules found. */
      moderation?: ModerationRecord;
      createdAt: string;
    };

export type Viewer = { userId: string; isCounselor: boolean };

export function canSee(message: Pick<StoredMessage, "recipientId" | "senderId">, viewer: Viewer): boolean {
  return (
    message.recipientId === null ||
    viewer.isCounselor ||
    message.recipientId === viewer.userId ||
    message.senderId === viewer.userId
  );
}

export function toMessageView(message: StoredMessage, viewer: Viewer): MessageView {
  if (!canSee(message, viewer)) return { seq: message.seq, kind: "HIDDEN" };
  const moderation = viewer.isCounselor ? readModeration(message.moderation) : null;
  return {
    seq: message.seq,
    id: message.id,
    kind: message.kind,
    senderId: message.senderId,
    clientId: message.clientId,
    text: message.text,
    recipientId: message.recipientId,
    data: readEventData(message.data),
    ...(moderation ? { moderation } : {}),
    createdAt: message.createdAt.toISOString(),
  };
}
