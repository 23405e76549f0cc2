// The typed contract between the browser and the Socket.IO server.
// docs/realtime.md describes each event, its payload, ack and errors.
import type { ErrorPayload } from "@/lib/errors";
import type { Role } from "@/lib/db/generated/enums";
import type { FloorState } from "@/lib/room/floor";
import type { MessageView } from "@/lib/room/message-view";
import type { RoomSnapshot } from "@/lib/room/join-room";
import type { SenderFinding, HeldView, SafetyAlert } from "@/lib/room/send-message";
import type { RoomRules } from "@/lib/room/room-rules";
import type { MemberStats } from "@/lib/room/moderation-stats";

export type SendAck =
  | { outcome: "DELIVERED"; id: string; seq: number }
  | { outcome: "NUDGE"; findings: SenderFinding[]; suggestion: string | null }
  | { outcome: "HELD"; heldId: string }
  /** The sender wrote about self-harm: a caring message and crisis lines, shown at once. */
  | { outcome: "SAFETY"; heldId: string; message: string; resources: string };

export type Ack<T> = (response: { ok: true; data: T } | { ok: false; error: ErrorPayload }) => void;

export type WhoAmI = { userId: string; role: Role; name: string };

export interface ClientToServerEvents {
  whoami: (payload: unknown, ack: Ack<WhoAmI>) => void;
  "room:join": (payload: unknown, ack: Ack<RoomSnapshot>) => void;
  "room:leave": (payload: unknown, ack: Ack<null>) => void;
  "room:send": (payload: unknown, ack: Ack<SendAck>) => void;
  "room:moderate": (payload: unknown, ack: Ack<{ heldId: string; decision: string }>) => void;
  "room:rules": (payload: unknown, ack: Ack<{ seq: number }>) => void;
  "room:stats": (payload: unknown, ack: Ack<MemberStats[]>) => void;
  "room:control": (payload: unknown, ack: Ack<{ seq: number }>) => void;
  "room:coach": (payload: unknown, ack: Ack<{ id: string; seq: number }>) => void;
  "room:break": (payload: unknown, ack: Ack<{ seq: number }>) => void;
  "room:end": (payload: unknown, ack: Ack<{ seq: number }>) => void;
  "room:typing": (payload: unknown) => void;
}

export interface ServerToClientEvents {
  "room:message": (payload: { sessionId: string; message: MessageView }) => void;
  "room:state": (payload: { sessionId: string; state: FloorState }) => void;
  "room:presence": (payload: { sessionId: string; userIds: string[] }) => void;
  "room:typing": (payload: { sessionId: string; userId: string }) => void;
  "room:ended": (payload: { sessionId: string }) => void;
  "room:held": (payload: { sessionId: string; held: HeldView }) => void;
  "room:held-decided": (payload: { sessionId: string; heldId: string; decision: "APPROVE" | "REJECT" | "RETURN"; text: string; note: string | null }) => void;
  "room:rules": (payload: { sessionId: string; rules: RoomRules }) => void;
  /** Counselor only: a member wrote about self-harm and needs a private check-in now. */
  "room:safety-alert": (payload: { sessionId: string; alert: SafetyAlert }) => void;
  "room:moderation": (payload: { sessionId: string; entry: { userId: string; outcome: string; categories: string[] } }) => void;
}

export type InterServerEvents = Record<string, never>;

export interface SocketData {
  user: { id: string; role: Role; name: string; timeZone: string };
}

/** Reasons a connection is refused; the client sees them as `connect_error.message`. */
export const CONNECT_ERRORS = {
  FORBIDDEN_ORIGIN: "FORBIDDEN_ORIGIN",
  UNAUTHENTICATED: "UNAUTHENTICATED",
} as const;

export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
export const userRoom = (userId: string) => `user:${userId}`;
