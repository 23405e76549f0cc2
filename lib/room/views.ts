// Shapes the server sends to room clients (acks and broadcasts). Client-safe:
// types only, shared by lib/room, lib/realtime and components/room.
import type { FloorState } from "./floor";
import type { ModerationRecord } from "./json-columns";
import type { MessageView } from "./message-view";
import type { RoomPerson } from "./people";
import type { RoomRules } from "./room-rules";

/** What the sender is told about their own message (never the counselor's antidotes). */
export type SenderFinding = { category: string; label: string; explanation: string; suggestion: string };

/** A message waiting for the counselor. Members see their own, without findings. */
export type HeldView = {
  id: string;
  senderId: string;
  clientId: string;
  text: string;
  kind: "MESSAGE" | "PARAPHRASE";
  findings: ModerationRecord | null;
  createdAt: string;
  /** Why it waits, in words for its sender (see held-reason.ts). */
  reason?: string;
  /** On the safety path: kept for the counselor, so it cannot be taken back. */
  safety?: boolean;
};

export type SendAck =
  | { outcome: "DELIVERED"; id: string; seq: number }
  | { outcome: "NUDGE"; findings: SenderFinding[]; suggestion: string | null }
  /** `reason`: why it waits for the counselor, in words for the sender. */
  | { outcome: "HELD"; heldId: string; reason?: string }
  /** The sender wrote about self-harm: a caring message and crisis lines, shown at once. */
  | { outcome: "SAFETY"; heldId: string; message: string; resources: string };

/** For the counselor only: who needs a check-in now, and what they wrote. */
export type SafetyAlert = { userId: string; heldId: string; text: string };

export type RoomSnapshot = {
  sessionId: string;
  title: string;
  status: "LIVE" | "ENDED";
  you: { userId: string; isCounselor: boolean };
  people: RoomPerson[];
  state: FloorState;
  lastSeq: number;
  messages: MessageView[];
  /** More messages follow the last one returned: ask again with its seq. */
  hasMore: boolean;
  rules: RoomRules;
  /** Messages waiting for the counselor: all of them for the counselor, your own for a member. */
  held: HeldView[];
  /** Ended rooms: the counselor has shared the session's summary (the wrap-up links to it). */
  summaryShared: boolean;
  /** Counselor only (members get []): the newest moderation log lines, newest first, so a reload keeps "Live findings". */
  moderationLog: { userId: string; outcome: string; categories: string[]; at: string }[];
};

export type HeldDecisionView = {
  heldId: string;
  decision: "APPROVE" | "REJECT" | "RETURN";
  text: string;
  kind: "MESSAGE" | "PARAPHRASE";
  clientId: string;
  note: string | null;
};
