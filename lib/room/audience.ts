// Who receives a stored message, and in what form. Pure: the socket layer only
// delivers what this returns. Everyone in the room gets every seq (private
// ones as a HIDDEN stub) so no client ever sees a gap; the counselor alone
// gets what the rules found; a private message reaches in full only its
// sender, its recipient and the counselor.
import { toMessageView, type MessageView } from "./message-view";
import type { StoredMessage } from "./room-store";

export type Delivery =
  /** One person's own channel (every socket of theirs). */
  | { to: "user"; userId: string; view: MessageView }
  /** Everyone connected to the session's room except these people, and `also` these people's own channels. */
  | { to: "room"; except: string[]; also?: string[]; view: MessageView };

export function audienceOf(message: StoredMessage, counselorId: string): Delivery[] {
  if (message.recipientId === null) {
    // Nothing found by the rules: the counselor's view is everyone's, so one emit (one encoding of the
    // packet) reaches the room and the counselor's own channels; most messages are this one.
    if (message.moderation === null)
      return [
        {
          to: "room",
          except: [],
          also: [counselorId],
          view: toMessageView(message, { userId: counselorId, isCounselor: true }),
        },
      ];
    return [
      { to: "room", except: [counselorId], view: toMessageView(message, { userId: "", isCounselor: false }) },
      { to: "user", userId: counselorId, view: toMessageView(message, { userId: counselorId, isCounselor: true }) },
    ];
  }
  const insiders = [
    ...new Set([counselorId, message.recipientId, message.senderId].filter((id): id is string => !!id)),
  ];
  return [
    ...insiders.map((userId): Delivery => ({
      to: "user",
      userId,
      view: toMessageView(message, { userId, isCounselor: userId === counselorId }),
    })),
    { to: "room", except: insiders, view: { seq: message.seq, kind: "HIDDEN" } },
  ];
}
